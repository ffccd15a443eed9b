using Microsoft.AspNetCore.Components;
using Winwin.Data;

namespace Winwin.Live.Features.Registrations;

public partial class RegisterPage
{
    private RegistrationForm? _form;
    private RegistrationView? _view;
    private IReadOnlyList<DomainError> _problems = [];

    // The row of the form each entry sent came from: errors name entries as sent, blank rows left out.
    private Dictionary<int, int> _rowToEntry = [];
    private bool _askMoney;
    private bool _caught;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public string? Token { get; set; }

    [SupplyParameterFromQuery]
    public bool Saved { get; set; }

    /// <summary>
    /// A post that adds or removes a row (<c>?edit=true</c>): it only shows the form again, never saves, and so is not counted
    /// against the hourly limit of registrations.
    /// </summary>
    [SupplyParameterFromQuery(Name = RegistrationsSetup.EditQuery)]
    public bool Editing { get; set; }

    // The form's own address, without a query: sending after adding a row must not go to the row buttons' address.
    private string FormAction => Navigation.ToAbsoluteUri(Navigation.Uri).AbsolutePath;

    private string EditAction => $"{FormAction}?{RegistrationsSetup.EditQuery}=true";

    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "register")]
    public RegisterFormModel Form { get; set; } = default!;

    private bool Open => _form?.IsOpen == true;

    private bool Posted => HttpMethods.IsPost(HttpContext.Request.Method);

    protected override async Task OnInitializedAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        _form = Live.EventSlug.IsValid(Slug) ? await Queries.FormAsync(Slug, cancellationToken) : null;
        if (Token is not null)
        {
            _view = await Queries.FindAsync(Token, cancellationToken);
            if (_view is not null && _view.EventSlug != Slug)
            {
                _view = null;
            }
        }
        if (_form is null || (Token is not null && _view is null))
        {
            Navigation.NotFound();
            return;
        }
        if (Form is null)
        {
            Form = _view is { } view ? RegisterFormModel.From(view.Input) : RegisterFormModel.Blank(_form.Categories.Select(c => c.Id).FirstOrDefault());
        }
    }

    private async Task SubmitAsync()
    {
        var firstCategory = _form!.Categories.Select(c => c.Id).FirstOrDefault();
        if (Form.Add is { } kind)
        {
            if (Form.Entries.Count < Registration.MaxEntries)
            {
                Form.Entries.Add(new EntryFormModel { Kind = kind, CategoryId = firstCategory });
            }
            return;
        }
        if (Form.Remove is { } row)
        {
            if (row >= 0 && row < Form.Entries.Count)
            {
                Form.Entries.RemoveAt(row);
            }
            return;
        }
        if (Editing)
        {
            // Sent to the row buttons' address without one of them (a script, a forged post): shown again, nothing saved.
            return;
        }
        if (!string.IsNullOrEmpty(Form.Fax))
        {
            _caught = true;
            return;
        }
        var (input, rows) = Form.ToInput();
        _rowToEntry = rows;
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = Token is null
            ? await Registrations.SubmitAsync(Slug, input, language, HttpContext.RequestAborted)
            : await Registrations.ChangeAsync(Token, input, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/e/{Uri.EscapeDataString(Slug)}/register/{result.Value!.Token}?saved=true");
            return;
        }
        if (result.IsNotFound)
        {
            Navigation.NotFound();
            return;
        }
        _problems = result.Errors;
        _askMoney = _problems.Any(p => p.Code == DomainErrors.MoneyToConfirm);
        if (_view is not null)
        {
            // What the link shows stays what was saved; the form keeps what was typed.
            _view = await Queries.FindAsync(Token, HttpContext.RequestAborted);
        }
    }

    private IReadOnlyList<string> Messages(string field) =>
        [.. _problems.Where(p => (p.Field ?? "") == field).Select(Errors.Describe)];

    private string? Invalid(string field) => _problems.Any(p => p.Field == field) ? "true" : null;

    private string OwnLink(RegistrationView view) => $"{Navigation.BaseUri}e/{Uri.EscapeDataString(view.EventSlug)}/register/{view.Token}";
}

/// <summary>The registration form as posted: the organisation, its entries, and which button was pressed.</summary>
public sealed class RegisterFormModel
{
    public OrganizationKind Kind { get; set; } = OrganizationKind.Association;
    public string? Name { get; set; }
    public string? Sector { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool AgreesToFollowUp { get; set; }
    public bool AgreesToBeNamed { get; set; }
    public bool ConfirmMoney { get; set; }

    /// <summary>The field people never see.</summary>
    public string? Fax { get; set; }

    /// <summary>"Add an offer" or "Add a request" was pressed.</summary>
    public ListingKind? Add { get; set; }

    /// <summary>"Remove" was pressed on this row.</summary>
    public int? Remove { get; set; }

    public List<EntryFormModel> Entries { get; set; } = [];

    public static RegisterFormModel Blank(int category) => new()
    {
        Entries = [new() { Kind = ListingKind.Offer, CategoryId = category }, new() { Kind = ListingKind.Request, CategoryId = category }],
    };

    public static RegisterFormModel From(RegistrationInput input) => new()
    {
        Kind = input.Kind,
        Name = input.Name,
        Sector = input.Sector,
        Description = input.Description,
        Website = input.Website,
        ContactName = input.ContactName,
        ContactEmail = input.ContactEmail,
        ContactPhone = input.ContactPhone,
        AgreesToFollowUp = input.AgreesToFollowUp,
        AgreesToBeNamed = input.AgreesToBeNamed,
        Entries = [.. (input.Entries ?? []).Select(e => new EntryFormModel { Id = e.Id, Kind = e.Kind, CategoryId = e.CategoryId, Title = e.Title, Description = e.Description })],
    };

    // A name or a title is one line, though its box wraps a long one so that it shows whole.
    private static string? OneLine(string? text) => text?.ReplaceLineEndings(" ");

    /// <summary>What the service checks: rows left blank are not entries. Also, for each entry sent, the form row it came from.</summary>
    public (RegistrationInput Input, Dictionary<int, int> Rows) ToInput()
    {
        var rows = new Dictionary<int, int>();
        var entries = new List<RegistrationEntryInput>();
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            if (string.IsNullOrWhiteSpace(e.Title) && string.IsNullOrWhiteSpace(e.Description))
            {
                continue;
            }
            rows[i] = entries.Count;
            entries.Add(new RegistrationEntryInput(e.Kind, e.CategoryId, OneLine(e.Title), e.Description, e.Id));
        }
        return (new RegistrationInput(Kind, OneLine(Name), OneLine(Sector), Description, OneLine(Website), OneLine(ContactName), OneLine(ContactEmail), ContactPhone,
            AgreesToFollowUp, AgreesToBeNamed, entries, ConfirmMoney), rows);
    }
}

/// <summary>One offer or request row of the form.</summary>
public sealed class EntryFormModel
{
    public int? Id { get; set; }
    public ListingKind Kind { get; set; }
    public int CategoryId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
}
