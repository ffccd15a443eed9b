using Winwin.Data;
using Winwin.Live.Features.FollowUp;

namespace Winwin.Live.Tests.Features.FollowUp;

public class FollowUpSelectionTests
{
    private static FollowUpItem Item(int number, Guid version = default) => new(number, new DateTime(2026, 3, 12, 18, 0, 0, DateTimeKind.Utc), null, null, true, null, [],
        FollowUpStatus.NotContacted, null, null, null, version, FollowUpStep.FirstContact, null, DueState.Upcoming);

    [Fact]
    public void SetAll_OnlyTheDealsShown_OthersKeepTheirTick()
    {
        var selection = new FollowUpSelection();
        selection.Set(9, true);

        selection.SetAll([Item(1), Item(2)], true);
        selection.SetAll([Item(9)], false);

        Assert.Equal(2, selection.Count);
        Assert.True(selection.HasAll([Item(1), Item(2)]));
        Assert.False(selection.HasAll([Item(1), Item(9)]));
        Assert.False(selection.HasAll([]));
    }

    [Fact]
    public void KeepOnly_DealGoneFromTheList_LeavesTheSelection()
    {
        var selection = new FollowUpSelection();
        selection.SetAll([Item(1), Item(2)], true);

        selection.KeepOnly(new FollowUpBoard(default!, [Item(2)], []));

        Assert.False(selection.Contains(1));
        Assert.True(selection.Contains(2));
    }

    [Fact]
    public void Targets_CarryTheVersionTheListShowed()
    {
        var seen = Guid.NewGuid();
        var selection = new FollowUpSelection();
        selection.Set(2, true);

        var targets = selection.Targets(new FollowUpBoard(default!, [Item(1), Item(2, seen)], []));

        Assert.Equal([new FollowUpTarget(2, seen)], targets);
    }
}
