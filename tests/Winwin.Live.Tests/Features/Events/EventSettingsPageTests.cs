using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Winwin.Data;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Tests.Features.Events;

/// <summary>The event settings page, rendered: creating a bourse and changing one.</summary>
public class EventSettingsPageTests : StaffScreenTest
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));

    public override Task InitializeAsync()
    {
        App.WithClock(_clock);
        return base.InitializeAsync();
    }

    [Fact]
    public async Task NewEvent_DetailsTyped_CreatedAMonthAheadFromSixToEightAtTheVenue()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var page = Screen.Render<EventSettingsPage>();

        page.Find("#event-name").Change("Bourse Winwin de Jodoigne");
        page.Find("#event-municipality").Change("Jodoigne");
        page.Find("#event-slug").Change("jodoigne-2026");
        page.Find("#event-venue").Change("Château Pastur");
        page.Find("[data-testid='save-event']").Click();

        page.WaitForAssertion(() => Assert.Contains("Bourse créée.", Snackbars.Markup, StringComparison.Ordinal));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        var ev = await db.Events.SingleAsync(e => e.Slug == "jodoigne-2026");
        // 1 May 2026, 18:00 to 20:00 in Brussels (summer time).
        Assert.Equal((new DateTime(2026, 5, 1, 16, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 1, 18, 0, 0, DateTimeKind.Utc)), (ev.StartsAt, ev.EndsAt));
        Assert.Equal(("Bourse Winwin de Jodoigne", "Jodoigne", "Château Pastur"), (ev.Name, ev.Municipality, ev.Venue));
        Assert.Equal("Claire Coordinatrice", (await db.Audit.SingleAsync(a => a.Action == "event.created")).ActorName);
        Assert.EndsWith("/control/jodoigne-2026", Screen.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExistingEvent_Renamed_SavedWithItsTimesUnchanged()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await App.CreateEventAsync("namur-2026");
        var page = Screen.Render<EventSettingsPage>(p => p.Add(c => c.Slug, ev.Slug));
        page.WaitForAssertion(() => Assert.Equal("Bourse Winwin de Namur", page.Find("#event-name").GetAttribute("value")));

        page.Find("#event-name").Change("Bourse Winwin de Namur 2026");
        page.Find("[data-testid='save-event']").Click();

        page.WaitForAssertion(() => Assert.Contains("Enregistré.", Snackbars.Markup, StringComparison.Ordinal));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        var saved = await db.Events.SingleAsync(e => e.Id == ev.Id);
        Assert.Equal("Bourse Winwin de Namur 2026", saved.Name);
        Assert.Equal((new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 12, 19, 0, 0, DateTimeKind.Utc)), (saved.StartsAt, saved.EndsAt));
        Assert.Contains("Bourse Winwin de Namur 2026", page.Find("h1").TextContent, StringComparison.Ordinal);
    }
}
