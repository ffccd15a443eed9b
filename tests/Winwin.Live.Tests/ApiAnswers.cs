using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests;

/// <summary>Reading the HTTP API's answers in tests: the expected status (or the body, to explain the failure), then the typed body or the problem document.</summary>
public static class ApiAnswers
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(LiveJson.Options))!;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The first message a problem document gives for <paramref name="field"/>.</summary>
    public static string Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
