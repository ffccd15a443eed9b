using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.FollowUp;

namespace Winwin.Live.Tests.Features.FollowUp;

/// <summary>The coordinator's follow-up list, rendered: ticking deals and giving them one status.</summary>
public class FollowUpPageTests : StaffScreenTest
{
    private async Task<TestEvent> EventWithDealsAsync(int deals)
    {
        var ev = await App.CreateEventAsync();
        var service = App.Services.GetRequiredService<DealService>();
        for (var i = 0; i < deals; i++)
        {
            var command = new AnnounceDealCommand(Guid.NewGuid(),
                [new AnnounceDealParty(ev.Organizations[i % 4], "Des affiches"), new AnnounceDealParty(ev.Organizations[(i + 1) % 4], "Une animation")], [], ev.MeansCategoryId);
            Assert.True((await service.AnnounceAsync(ev.Slug, command, StaffActor.System)).Succeeded);
        }
        return ev;
    }

    [Fact]
    public async Task SelectAll_ThenApply_EveryDealShownTakesTheStatus()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await EventWithDealsAsync(3);
        var page = Screen.Render<FollowUpPage>(p => p.Add(c => c.Slug, ev.Slug));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr[data-deal]").Count));

        Within(page.Find("[data-testid='select-all']"), "input").Change(true);
        // The bar comes with a render that may follow the change rather than come with it.
        page.WaitForAssertion(() => Assert.Equal("3 accords sélectionnés", page.Find("[data-testid='selected-count']").TextContent.Trim()));
        page.Find("[data-testid='bulk-apply']").Click();

        page.WaitForAssertion(() => Assert.All(page.FindAll("tr[data-deal] [data-testid='status']"), s => Assert.Equal("Contacté", s.TextContent.Trim())));
        Assert.Empty(page.FindAll("[data-testid='bulk-bar']"));
        await using var db = await App.DbFactory.CreateDbContextAsync();
        Assert.All(await db.Deals.Where(d => d.EventId == ev.Id).ToListAsync(), d => Assert.Equal(FollowUpStatus.Contacted, d.FollowUpStatus));
    }

    [Fact]
    public async Task TickOneDeal_OnlyThatOneChanges()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var ev = await EventWithDealsAsync(2);
        var page = Screen.Render<FollowUpPage>(p => p.Add(c => c.Slug, ev.Slug));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-deal]").Count));

        Within(page.Find("tr[data-deal='2']"), "input").Change(true);
        page.WaitForAssertion(() => Assert.Equal("1 accords sélectionnés", page.Find("[data-testid='selected-count']").TextContent.Trim()));
        page.Find("[data-testid='bulk-apply']").Click();

        page.WaitForAssertion(() => Assert.Equal("Contacté", page.Find("tr[data-deal='2'] [data-testid='status']").TextContent.Trim()));
        Assert.Equal("Pas encore contacté", page.Find("tr[data-deal='1'] [data-testid='status']").TextContent.Trim());
    }
}
