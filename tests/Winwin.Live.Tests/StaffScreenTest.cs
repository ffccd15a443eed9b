using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;
using Winwin.Data;
using Winwin.Live.Components.Layout;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Tests;

/// <summary>
/// A staff screen rendered by bUnit on the real app's services (its own SQLite file), as a signed-in staff member, with
/// MudBlazor's providers in place. bUnit 2 with MudBlazor on xunit 2: disposed asynchronously, JavaScript calls loose.
/// </summary>
public abstract class StaffScreenTest : IAsyncLifetime
{
    private AsyncServiceScope _scope;

    protected WinwinApplication App { get; } = new();

    protected BunitContext Screen { get; } = new();

    /// <summary>Where MudBlazor draws snackbars, popovers and dialogs.</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    public virtual Task InitializeAsync()
    {
        _scope = App.Services.CreateAsyncScope();
        Screen.JSInterop.Mode = JSRuntimeMode.Loose;
        Screen.Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = o.SnackbarConfiguration.HideTransitionDuration = 0);
        // The control layout's helpers, on this test's snackbar and dialogs; everything else is the app's.
        // (The test's container asks the app only for what it does not hold itself, not for a dependency of what it builds.)
        var app = _scope.ServiceProvider;
        // MudBlazor registers the system clock for itself; the screens read the app's (a fake one when the test sets it).
        Screen.Services.AddSingleton(app.GetRequiredService<TimeProvider>());
        Screen.Services.AddScoped(sp => new ControlFeedback(sp.GetRequiredService<ISnackbar>(), app.GetRequiredService<ErrorMessages>(), app.GetRequiredService<IStringLocalizer<Text>>()));
        Screen.Services.AddScoped(sp => new ControlDialogs(sp.GetRequiredService<IDialogService>(), app.GetRequiredService<IStringLocalizer<Text>>()));
        Screen.Services.AddFallbackServiceProvider(_scope.ServiceProvider);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Signs in a new staff account in <paramref name="role"/> named <paramref name="name"/> and renders MudBlazor's providers;
    /// returns the account as the actor the audit trail names. Every test starts with it.
    /// </summary>
    protected async Task<StaffActor> SignInAsync(string role, string name)
    {
        var email = await App.CreateUserAsync(role, name);
        await using var scope = App.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!;
        var auth = Screen.AddAuthorization();
        auth.SetAuthorized(email);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(StaffActorFactory.DisplayNameClaim, name));
        auth.SetPolicies([.. PoliciesOf(role)]);
        // Rendering freezes the test's services: the renderer and the providers come once the staff member is signed in.
        // As in the control panel, screens are interactive on the server.
        Screen.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Popovers = Screen.Render<MudPopoverProvider>();
        Snackbars = Screen.Render<MudSnackbarProvider>();
        Dialogs = Screen.Render<MudDialogProvider>();
        return new StaffActor(user.Id, name);
    }

    private static IEnumerable<string> PoliciesOf(string role)
    {
        yield return StaffPolicies.ControlPanel;
        if (role is StaffRoles.Coordinator or StaffRoles.Facilitator)
        {
            yield return StaffPolicies.Staff;
        }
        if (role is StaffRoles.Coordinator or StaffRoles.Notary)
        {
            yield return StaffPolicies.Ratify;
        }
        if (role is StaffRoles.Coordinator)
        {
            yield return StaffPolicies.Coordinator;
        }
    }

    /// <summary>The input of a MudBlazor field marked with <c>data-testid</c> (MudBlazor puts the attribute on the input or around it).</summary>
    protected static IElement Input<T>(IRenderedComponent<T> component, string testId)
        where T : Microsoft.AspNetCore.Components.IComponent => Within(component.Find($"[data-testid='{testId}']"), "input");

    protected static IElement Within(IElement element, string tag) =>
        element.TagName.Equals(tag, StringComparison.OrdinalIgnoreCase) ? element : element.QuerySelector(tag) ?? throw new InvalidOperationException($"no {tag} in {element.OuterHtml}");

    public virtual async Task DisposeAsync()
    {
        await Screen.DisposeAsync();
        await _scope.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>The reason shown under a field (MudBlazor's helper line in its error state), or null when it is not marked.</summary>
    protected static string? Message(IElement input)
    {
        var control = input.Closest(".mud-input-control") ?? throw new InvalidOperationException("not a MudBlazor field");
        return control.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();
    }
}
