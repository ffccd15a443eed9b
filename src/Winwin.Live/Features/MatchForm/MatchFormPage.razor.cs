using Microsoft.AspNetCore.Components;
using Winwin.Data;

namespace Winwin.Live.Features.MatchForm;

public partial class MatchFormPage
{
    private IReadOnlyList<DomainError> _answerProblems = [];
    private IReadOnlyList<DomainError> _reportProblems = [];

    [Parameter]
    public string Token { get; set; } = "";

    /// <summary>After a party's answer was saved (post, then redirect): which one, to thank for it.</summary>
    [SupplyParameterFromQuery(Name = "saved")]
    public string? Saved { get; set; }

    [SupplyParameterFromForm(FormName = "answer")]
    public AnswerFormModel? Answer { get; set; }

    [SupplyParameterFromForm(FormName = "report")]
    public ReportFormModel? Report { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    private MatchFormDto? Form { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private string FormUrl => $"{HttpContext.Request.Host}/m/{Token}";

    protected override async Task OnInitializedAsync()
    {
        Form = await Queries.FindAsync(Token, HttpContext.RequestAborted);
        if (Form is null)
        {
            // Renders the router's not-found page with a 404 (a bare 404 status would send an empty page).
            Navigation.NotFound();
        }
        if (Saved is not ("answer" or "report"))
        {
            Saved = null;
        }
    }

    private async Task AnswerAsync()
    {
        var result = await Parties.AnswerAsync(Token, Answer?.Choice ?? PartyAnswer.None, Answer?.Note, HttpContext.RequestAborted);
        await AfterAsync(result, "answer", errors => _answerProblems = errors);
    }

    private async Task ReportAsync()
    {
        // No choice made: the status is named as missing, not as an unknown value.
        var result = Report?.Status is { } status
            ? await Parties.ReportAsync(Token, status, Report.Note, HttpContext.RequestAborted)
            : Commands.CommandResult.Invalid<PartySaid>(new DomainError(DomainErrors.Required, Field: "status"));
        await AfterAsync(result, "report#follow-up", errors => _reportProblems = errors);
    }

    private async Task AfterAsync(Commands.CommandResult<PartySaid> result, string saved, Action<IReadOnlyList<DomainError>> refused)
    {
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/m/{Token}?saved={saved}");
            return;
        }
        if (result.IsNotFound)
        {
            Navigation.NotFound();
            return;
        }
        refused(result.Errors);
        // What the link shows is what is saved now (the deal may have been retracted meanwhile).
        Form = await Queries.FindAsync(Token, HttpContext.RequestAborted);
    }

    /// <summary>The messages of <paramref name="field"/>; null: those about the whole form.</summary>
    private IEnumerable<string> Messages(IReadOnlyList<DomainError> problems, string? field) =>
        problems.Where(p => p.Field == field).Select(Errors.Describe);

    // A form posted from a page shown a moment ago is answered even if it would no longer be offered (the deal retracted, the
    // follow-up closed meanwhile): rendered again, it says why instead of failing.
    private bool Posted(string form) =>
        HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType && HttpContext.Request.Form["_handler"] == form;

    private static string? Invalid(IReadOnlyList<DomainError> problems, string field = "note") => problems.Any(p => p.Field == field) ? "true" : null;

    /// <summary>
    /// A translated sentence with its <c>{0}</c> emphasised. A text without the placeholder still shows the value after it.
    /// </summary>
    private static RenderFragment WithValue(string format, string value) => builder =>
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        builder.AddContent(0, at < 0 ? format + " " : format[..at]);
        builder.OpenElement(1, "strong");
        builder.AddContent(2, value);
        builder.CloseElement();
        builder.AddContent(3, at < 0 ? "" : format[(at + 3)..]);
    };
}

/// <summary>A party's answer as posted: the button pressed (confirm, or report a mistake) and the note.</summary>
public sealed class AnswerFormModel
{
    public PartyAnswer? Choice { get; set; }
    public string? Note { get; set; }
}

/// <summary>A party's report of the follow-up as posted.</summary>
public sealed class ReportFormModel
{
    public FollowUpStatus? Status { get; set; }
    public string? Note { get; set; }
}
