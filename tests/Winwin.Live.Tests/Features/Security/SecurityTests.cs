using System.Net;
using Winwin.Data;

namespace Winwin.Live.Tests.Features.Security;

public class SecurityTests
{
    [Fact]
    public async Task HubNegotiate_ForeignOrigin_Refused()
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HubNegotiate_SameOrigin_Accepted()
    {
        await using var app = new WinwinApplication();
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignInForm_PostedWithoutAntiforgeryToken_Refused()
    {
        await using var app = new WinwinApplication();
        var email = await app.CreateUserAsync(StaffRoles.Coordinator);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = WinwinApplication.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("winwin.staff", StringComparison.Ordinal)));
    }
}
