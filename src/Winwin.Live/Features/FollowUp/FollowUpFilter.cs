using Winwin.Data;

namespace Winwin.Live.Features.FollowUp;

/// <summary>Which deals the follow-up list shows by their due date.</summary>
public enum DueFilter
{
    All = 0,

    /// <summary>Overdue and due: the calls to make now.</summary>
    ToDo = 1,
    Overdue = 2,
    Upcoming = 3,
    Finished = 4,
}

/// <summary>The follow-up list's filters: status, due date, category, and a search on the parties' names (accents and case ignored).</summary>
public sealed record FollowUpFilter(FollowUpStatus? Status = null, DueFilter Due = DueFilter.All, int? CategoryId = null, string? Search = null)
{
    public IEnumerable<FollowUpItem> Apply(IEnumerable<FollowUpItem> items)
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : TextKey.Fold(Search.Trim());
        return items.Where(i =>
            (Status is null || i.Status == Status)
            && (CategoryId is null || i.CategoryId == CategoryId)
            && Matches(i.Due)
            && (search is null || i.Parties.Any(p => TextKey.Fold(p.Name).Contains(search, StringComparison.Ordinal))));
    }

    private bool Matches(DueState state) => Due switch
    {
        DueFilter.ToDo => state is DueState.Overdue or DueState.Due,
        DueFilter.Overdue => state == DueState.Overdue,
        DueFilter.Upcoming => state == DueState.Upcoming,
        DueFilter.Finished => state == DueState.Finished,
        _ => true,
    };
}
