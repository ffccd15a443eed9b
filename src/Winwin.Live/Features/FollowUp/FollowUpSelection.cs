namespace Winwin.Live.Features.FollowUp;

/// <summary>The deals ticked in the follow-up list, to give them one status at once.</summary>
public sealed class FollowUpSelection
{
    private readonly HashSet<int> _numbers = [];

    public int Count => _numbers.Count;

    public bool Contains(int number) => _numbers.Contains(number);

    public void Set(int number, bool on)
    {
        if (on)
        {
            _numbers.Add(number);
        }
        else
        {
            _numbers.Remove(number);
        }
    }

    /// <summary>Ticks or unticks every deal shown (the filters may hide others, which stay as they are).</summary>
    public void SetAll(IEnumerable<FollowUpItem> shown, bool on)
    {
        foreach (var item in shown)
        {
            Set(item.Number, on);
        }
    }

    /// <summary>Whether every deal shown is ticked (none shown: no).</summary>
    public bool HasAll(IReadOnlyCollection<FollowUpItem> shown) => shown.Count > 0 && shown.All(i => Contains(i.Number));

    /// <summary>A deal that left the list (retracted meanwhile) leaves the selection too.</summary>
    public void KeepOnly(FollowUpBoard? board) => _numbers.IntersectWith(board?.Items.Select(i => i.Number) ?? []);

    /// <summary>The ticked deals with the version the list showed, so that a change made meanwhile is reported, not overwritten.</summary>
    public IReadOnlyList<FollowUpTarget> Targets(FollowUpBoard board) =>
        [.. board.Items.Where(i => Contains(i.Number)).Select(i => new FollowUpTarget(i.Number, i.Version))];

    public void Clear() => _numbers.Clear();
}
