using Winwin.Live.Components;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Audit;
using Winwin.Live.Features.Calls;
using Winwin.Live.Features.Control;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Errors;
using Winwin.Live.Features.Events;
using Winwin.Live.Features.Export;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Import;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;
using Winwin.Live.Features.Mail;
using Winwin.Live.Features.MatchForm;
using Winwin.Live.Features.Messages;
using Winwin.Live.Features.Organizations;
using Winwin.Live.Features.Phone;
using Winwin.Live.Features.Privacy;
using Winwin.Live.Features.Public;
using Winwin.Live.Features.Registrations;
using Winwin.Live.Features.Report;
using Winwin.Live.Features.Results;
using Winwin.Live.Features.Security;
using Winwin.Live.Features.Storage;
using Winwin.Live.Features.Suggestions;

var builder = WebApplication.CreateBuilder(args);

// Run from a build (not a publish) in any environment, the compressed and npm assets are found through
// the build's manifest; in a published app the manifest is absent and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
builder.AddStorage();
builder.AddAccounts();
builder.AddLocalizationFeature();
builder.AddMail();
builder.AddTrustedProxies();
builder.AddRateLimits();
builder.AddLive();
builder.AddEvents();
builder.AddOrganizations();
builder.AddListings();
builder.AddImport();
builder.AddExport();
builder.AddDeals();
builder.AddMessages();
builder.AddPublicPages();
builder.AddPhone();
builder.AddMatchForms();
builder.AddPrivacy();
builder.AddFollowUp();
builder.AddReport();
builder.AddResults();
builder.AddAudit();
builder.AddControlPanel();
builder.AddSuggestions();
builder.AddFacilitatorCalls();
builder.AddRegistrations();
builder.Services.AddOpenApi(o => o.DescribeErrorAnswers());

var app = builder.Build();

await app.PrepareStorageAsync();

app.UseTrustedProxies();
app.UseErrorPages();
app.UseSecurityHeaders();
app.UsePublicCompression();
app.UseHubOriginCheck();
app.MapLocalizationFeature();
app.UseRateLimiter();
app.UseAuthentication();
app.UseStaffTokenCheck();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapLive();
app.MapEventsApi();
app.MapDealsApi();
app.MapMessagesApi();
app.MapOrganizationsApi();
app.MapListingsApi();
app.MapImportApi();
app.MapExportApi();
app.MapAccountsApi();
app.MapPublicPages();
app.MapPhoneApi();
app.MapMatchForms();
app.MapFollowUpApi();
app.MapReportApi();
app.MapResults();
app.MapSuggestionsApi();
app.MapFacilitatorCalls();
app.MapRegistrationsApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();
