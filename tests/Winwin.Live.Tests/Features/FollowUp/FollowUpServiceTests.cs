using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.FollowUp;

namespace Winwin.Live.Tests.Features.FollowUp;

public class FollowUpServiceTests
{
    private static readonly StaffActor Claire = new("c1", "Claire Coordinatrice");
    private static readonly StaffActor Marc = new("c2", "Marc Coordinateur");

    // Four weeks after the test event (12 March 2026, 17:00–19:00 UTC): the first contacts are overdue.
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 4, 9, 9, 30, 0, TimeSpan.Zero));

    private sealed record Setup(WinwinApplication App, TestEvent Event, FollowUpService FollowUp, FollowUpQueries Queries, FakeTimeProvider Clock);

    private static async Task<Setup> ArrangeAsync(WinwinApplication app, int deals = 3)
    {
        var ev = await app.CreateEventAsync();
        var dealService = app.Services.GetRequiredService<DealService>();
        for (var i = 0; i < deals; i++)
        {
            var command = new AnnounceDealCommand(Guid.NewGuid(),
                [new AnnounceDealParty(ev.Organizations[i % 4], "Des affiches"), new AnnounceDealParty(ev.Organizations[(i + 1) % 4], "Une animation")], [], ev.MeansCategoryId, 100);
            Assert.True((await dealService.AnnounceAsync(ev.Slug, command, Claire)).Succeeded);
        }
        var clock = Clock();
        return new Setup(app, ev, ActivatorUtilities.CreateInstance<FollowUpService>(app.Services, clock),
            ActivatorUtilities.CreateInstance<FollowUpQueries>(app.Services, clock), clock);
    }

    private static async Task<Guid> VersionAsync(Setup s, int number)
    {
        await using var db = await s.App.DbFactory.CreateDbContextAsync();
        return await db.Deals.Where(d => d.EventId == s.Event.Id && d.Number == number).Select(d => d.Version).SingleAsync();
    }

    [Fact]
    public async Task Record_Status_SavedWithWhoAndWhenHistoryAndAuditLine()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);

        var result = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Contacted, "  Rappeler Bruno mardi  ", Claire);

        Assert.True(result.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var deal = await db.Deals.Include(d => d.History).SingleAsync();
        Assert.Equal(FollowUpStatus.Contacted, deal.FollowUpStatus);
        Assert.Equal("Rappeler Bruno mardi", deal.FollowUpNotes);
        Assert.Equal(("c1", "Claire Coordinatrice"), (deal.FollowUpById, deal.FollowUpByName));
        Assert.Equal(new DateTime(2026, 4, 9, 9, 30, 0, DateTimeKind.Utc), deal.FollowUpAt);
        Assert.Equal(deal.Version, result.Value!.Version);
        var history = deal.History.OrderBy(h => h.Id).Last();
        Assert.Equal((DealAction.FollowedUp, "Claire Coordinatrice", "NotContacted → Contacted"), (history.Action, history.ActorName, history.Detail));
        var audit = await db.Audit.SingleAsync(a => a.Action == "followup.recorded");
        Assert.Equal(("#1", "NotContacted → Contacted", "Claire Coordinatrice"), (audit.Subject, audit.Details, audit.ActorName));
    }

    [Fact]
    public async Task Record_StatusTransitions_EachStepKeptInTheHistoryAndTheDueDateMoves()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);
        var due = new List<(DueState, FollowUpStep)>();
        async Task SnapshotAsync()
        {
            var item = (await s.Queries.GetBoardAsync(s.Event.Slug))!.Items.Single();
            due.Add((item.Due, item.Step));
        }

        await SnapshotAsync();
        foreach (var status in new[] { FollowUpStatus.Contacted, FollowUpStatus.InProgress, FollowUpStatus.PartlyDone, FollowUpStatus.Done })
        {
            s.Clock.Advance(TimeSpan.FromDays(1));
            Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), status, null, Claire)).Succeeded);
            await SnapshotAsync();
        }
        // A mistake is corrected the other way too: back to "in progress", the deal is due again for its check.
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.InProgress, "Pas encore livré", Marc)).Succeeded);
        await SnapshotAsync();

        Assert.Equal(
            [(DueState.Overdue, FollowUpStep.FirstContact), (DueState.Upcoming, FollowUpStep.Check), (DueState.Upcoming, FollowUpStep.Check),
             (DueState.Finished, FollowUpStep.Finished), (DueState.Finished, FollowUpStep.Finished), (DueState.Upcoming, FollowUpStep.Check)],
            due);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(
            ["NotContacted → Contacted", "Contacted → InProgress", "InProgress → PartlyDone", "PartlyDone → Done", "Done → InProgress"],
            await db.DealHistory.Where(h => h.Action == DealAction.FollowedUp).OrderBy(h => h.Id).Select(h => h.Detail!).ToListAsync());
        var deal = await db.Deals.SingleAsync();
        Assert.Equal(("Marc Coordinateur", new DateTime(2026, 4, 13, 9, 30, 0, DateTimeKind.Utc)), (deal.FollowUpByName, deal.FollowUpAt!.Value));
    }

    [Fact]
    public async Task Record_StaleVersion_ConflictReportedAndTheOtherChangeKept()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);
        var seen = await VersionAsync(s, 1);
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 1, seen, FollowUpStatus.Done, "Ordinateurs livrés", Marc)).Succeeded);

        var late = await s.FollowUp.RecordAsync(s.Event.Slug, 1, seen, FollowUpStatus.NotFeasible, "Plus de nouvelles", Claire);

        Assert.Equal(LiveErrors.Conflict, Assert.Single(late.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var deal = await db.Deals.SingleAsync();
        Assert.Equal((FollowUpStatus.Done, "Ordinateurs livrés", "Marc Coordinateur"), (deal.FollowUpStatus, deal.FollowUpNotes, deal.FollowUpByName));
    }

    [Fact]
    public async Task Record_NotesTooLongOrUnknownStatus_RefusedNothingSaved()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);

        var tooLong = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Done, new string('x', Deal.FollowUpNotesMaxLength + 1), Claire);
        var unknown = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), (FollowUpStatus)42, null, Claire);

        Assert.Equal((DomainErrors.TooLong, "notes"), (Assert.Single(tooLong.Errors).Code, tooLong.Errors[0].Field));
        Assert.Equal(FollowUpErrors.BadStatus, Assert.Single(unknown.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(FollowUpStatus.NotContacted, (await db.Deals.SingleAsync()).FollowUpStatus);
    }

    [Fact]
    public async Task Record_RetractedDeal_RefusedAsNotAnAgreement()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);
        var deals = app.Services.GetRequiredService<DealService>();
        Assert.True((await deals.RetractAsync(s.Event.Slug, 1, await VersionAsync(s, 1), "Doublon", Claire)).Succeeded);

        var result = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Done, null, Claire);

        Assert.Equal(LiveErrors.DealWrongStatus, Assert.Single(result.Errors).Code);
        Assert.Empty((await s.Queries.GetBoardAsync(s.Event.Slug))!.Items);
    }

    [Fact]
    public async Task SetStatus_SeveralDeals_AllChangedNotesKept()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 3);
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 2, await VersionAsync(s, 2), FollowUpStatus.Contacted, "Contact: Bruno", Claire)).Succeeded);

        var result = await s.FollowUp.SetStatusAsync(s.Event.Slug,
            [new FollowUpTarget(1, await VersionAsync(s, 1)), new FollowUpTarget(2, await VersionAsync(s, 2))], FollowUpStatus.InProgress, Marc);

        Assert.True(result.Succeeded);
        Assert.Equal([1, 2], result.Value!.Select(r => r.Number));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var byNumber = await db.Deals.ToDictionaryAsync(d => d.Number);
        Assert.Equal([FollowUpStatus.InProgress, FollowUpStatus.InProgress, FollowUpStatus.NotContacted], byNumber.Values.OrderBy(d => d.Number).Select(d => d.FollowUpStatus));
        Assert.Equal("Contact: Bruno", byNumber[2].FollowUpNotes);
        var audit = await db.Audit.SingleAsync(a => a.Action == "followup.bulk");
        Assert.Equal(("#1, #2", "2 → InProgress"), (audit.Subject, audit.Details));
    }

    [Fact]
    public async Task SetStatus_OneStaleDeal_NothingChanged()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 2);
        var stale = await VersionAsync(s, 2);
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 2, stale, FollowUpStatus.Done, null, Marc)).Succeeded);

        var result = await s.FollowUp.SetStatusAsync(s.Event.Slug,
            [new FollowUpTarget(1, await VersionAsync(s, 1)), new FollowUpTarget(2, stale)], FollowUpStatus.Cancelled, Claire);
        var none = await s.FollowUp.SetStatusAsync(s.Event.Slug, [], FollowUpStatus.Cancelled, Claire);

        Assert.Equal(LiveErrors.Conflict, Assert.Single(result.Errors).Code);
        Assert.Equal(FollowUpErrors.NothingSelected, Assert.Single(none.Errors).Code);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal([FollowUpStatus.NotContacted, FollowUpStatus.Done], await db.Deals.OrderBy(d => d.Number).Select(d => d.FollowUpStatus).ToListAsync());
    }

    [Fact]
    public async Task Close_FollowUp_NothingDueRecordsRefusedUntilReopened()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);

        var closed = await s.FollowUp.CloseAsync(s.Event.Slug, Claire);
        var board = (await s.Queries.GetBoardAsync(s.Event.Slug))!;
        var refused = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Done, null, Claire);
        s.Clock.Advance(TimeSpan.FromDays(2));
        var closedAgain = await s.FollowUp.CloseAsync(s.Event.Slug, Claire);
        var reopened = await s.FollowUp.ReopenAsync(s.Event.Slug, Marc);
        var accepted = await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Done, null, Marc);

        Assert.Equal(new DateTime(2026, 4, 9, 9, 30, 0, DateTimeKind.Utc), closed.Value!.ClosedAt);
        Assert.Equal(DueState.Closed, board.Items.Single().Due);
        Assert.Equal(FollowUpErrors.Closed, Assert.Single(refused.Errors).Code);
        Assert.Equal(closed.Value.ClosedAt, closedAgain.Value!.ClosedAt);
        Assert.Null(reopened.Value!.ClosedAt);
        Assert.True(accepted.Succeeded);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(["followup.closed", "followup.reopened", "followup.recorded"], await db.Audit.Where(a => a.Action.StartsWith("followup.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Board_MixedDueStates_OverdueFirstThenDueUpcomingFinished()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 4);
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 1, await VersionAsync(s, 1), FollowUpStatus.Done, null, Claire)).Succeeded);
        Assert.True((await s.FollowUp.RecordAsync(s.Event.Slug, 2, await VersionAsync(s, 2), FollowUpStatus.Contacted, null, Claire)).Succeeded);

        var board = (await s.Queries.GetBoardAsync(s.Event.Slug))!;

        Assert.Equal([(3, DueState.Overdue), (4, DueState.Overdue), (2, DueState.Upcoming), (1, DueState.Finished)],
            board.Items.Select(i => (i.Number, i.Due)));
        Assert.Equal(new DateTime(2026, 4, 2, 19, 0, 0, DateTimeKind.Utc), board.Items[0].DueAt);
        Assert.Equal(new DateTime(2026, 6, 10, 19, 0, 0, DateTimeKind.Utc), board.Items[2].DueAt);
        Assert.Equal((2, 0, 1, 1), (board.Count(DueState.Overdue), board.Count(DueState.Due), board.Count(DueState.Upcoming), board.Count(DueState.Finished)));
        Assert.Equal([3, 4], new FollowUpFilter(Due: DueFilter.ToDo).Apply(board.Items).Select(i => i.Number));
        Assert.Equal([2], new FollowUpFilter(Status: FollowUpStatus.Contacted).Apply(board.Items).Select(i => i.Number));
        // Les Petits Débrouillards take part in deals 1 and 2; the search ignores accents and case.
        Assert.Equal([2, 1], new FollowUpFilter(Search: "DEBROUILL").Apply(board.Items).Select(i => i.Number));
    }

    [Fact]
    public async Task Board_ContactsErased_PartiesShowNoContactData()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);
        await app.SetOrganizationAsync(s.Event.Organizations[0],
            o => (o.ContactName, o.ContactEmail, o.ContactPhone, o.ContactsErasedAt) = (null, null, null, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc)));

        var parties = (await s.Queries.GetBoardAsync(s.Event.Slug))!.Items.Single().Parties;

        Assert.True(parties[0].ContactsErased);
        Assert.Null(parties[0].ContactEmail);
        Assert.False(parties[1].ContactsErased);
        Assert.Equal(("Bruno Maes", "bruno@debrouillards.example", "+32 470 11 22 33"), (parties[1].ContactName, parties[1].ContactEmail, parties[1].ContactPhone));
    }

    [Theory]
    [InlineData(0, 90, "followUpFirstContactDays")]
    [InlineData(21, 731, "followUpCheckDays")]
    [InlineData(90, 90, "followUpCheckDays")]
    [InlineData(100, 30, "followUpCheckDays")]
    public async Task SetFollowUpDays_Invalid_RefusedOnTheField(int first, int check, string field)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var followUp = app.Services.GetRequiredService<FollowUpService>();
        Guid version;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            version = await db.Events.Where(e => e.Id == ev.Id).Select(e => e.Version).SingleAsync();
        }

        var result = await followUp.SetFollowUpDaysAsync(ev.Slug, version, first, check, Claire);

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task SetFollowUpDays_Valid_DatesMoveAndAStaleFormIsRefused()
    {
        await using var app = new WinwinApplication();
        var s = await ArrangeAsync(app, deals: 1);
        var followUp = app.Services.GetRequiredService<FollowUpService>();
        var version = (await s.Queries.GetSettingsAsync(s.Event.Slug))!.Version;

        var saved = await followUp.SetFollowUpDaysAsync(s.Event.Slug, version, 30, 120, Claire);
        var stale = await followUp.SetFollowUpDaysAsync(s.Event.Slug, version, 14, 60, Marc);

        Assert.True(saved.Succeeded);
        Assert.Equal(LiveErrors.Conflict, Assert.Single(stale.Errors).Code);
        var item = (await s.Queries.GetBoardAsync(s.Event.Slug))!.Items.Single();
        // First contact on 11 April now: the deal, overdue with the default 21 days, is due this week.
        Assert.Equal((DueState.Due, new DateTime(2026, 4, 11, 19, 0, 0, DateTimeKind.Utc)), (item.Due, item.DueAt!.Value));
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal("21/90 → 30/120", (await db.Audit.SingleAsync(a => a.Action == "followup.days")).Details);
    }
}
