using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Winwin.Live.Components.Layout;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Tests.Features.Control;

/// <summary>Staff pages live in their features' folders: wherever they are, each is framed by the control layout and asks for a staff role.</summary>
public class StaffPagesTests
{
    private static readonly string[] StaffPolicyNames = [StaffPolicies.Staff, StaffPolicies.Coordinator, StaffPolicies.Ratify, StaffPolicies.ControlPanel];

    private static List<Type> StaffPages() =>
        [.. typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template.StartsWith("/control", StringComparison.Ordinal)))];

    [Fact]
    public void StaffPages_EachUsesTheControlLayout()
    {
        var pages = StaffPages();

        Assert.True(pages.Count >= 8, $"only {pages.Count} staff pages found");
        // The deal desk runs in the browser, outside the Blazor circuit and MudBlazor: a plain page of its own.
        Assert.All(pages.Where(p => p != typeof(Winwin.Live.Features.Deals.DeskPage)),
            page => Assert.Equal(typeof(ControlLayout), page.GetCustomAttribute<LayoutAttribute>()?.LayoutType));
        Assert.NotNull(typeof(Winwin.Live.Features.Deals.DeskPage).GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>());
    }

    [Fact]
    public void StaffPages_EachRequiresAStaffPolicy()
    {
        Assert.All(StaffPages(), page =>
        {
            var policies = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).ToList();
            Assert.Contains(policies, p => StaffPolicyNames.Contains(p));
        });
    }
}
