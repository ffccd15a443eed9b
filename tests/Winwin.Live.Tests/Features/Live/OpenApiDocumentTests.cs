using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Winwin.Live.Tests.Features.Live;

/// <summary>The served <c>/openapi/v1.json</c>, as a client generator reads it.</summary>
public partial class OpenApiDocumentTests
{
    /// <summary>The operations of the registration form, open to anyone (see PublicSurfaceTests): no sign-in to describe.</summary>
    private static readonly HashSet<string> OpenToAnyone =
    [
        "POST /api/events/{slug}/registrations",
        "GET /api/registrations/{token}",
        "PUT /api/registrations/{token}",
        "GET /api/money-check",
    ];

    // What the document says of a number that may also be sent as a string: "type": ["integer", "string"] with a pattern.
    [GeneratedRegex(@"^\^-?\(\?:0\|\[1-9\]")]
    private static partial Regex NumericStringPattern();

    private static async Task<JsonElement> DocumentAsync(WinwinApplication app)
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Every schema object of the document (components, parameters, bodies, responses), with its path.</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> Objects(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return (path, element);
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Objects(property.Value, $"{path}/{property.Name}"))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Objects(item, $"{path}/{i++}"))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// The served document as published in docs/api/openapi.json (and read by the generated client's tests): indented,
    /// without the <c>servers</c> that name the host it was fetched from.
    /// </summary>
    private static async Task<string> PublishedFormAsync(WinwinApplication app)
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string PublishedPath() => Path.Combine(Repository.Root, "docs", "api", "openapi.json");

    /// <summary>
    /// The document parses and validates as OpenAPI, and is the one published for integrators, from which the C# client of
    /// tests/Winwin.Client.Tests is generated: an endpoint changed without publishing its document fails here.
    /// </summary>
    [Fact]
    public async Task OpenApi_TheServedDocument_IsValidAndTheOnePublished()
    {
        await using var app = new WinwinApplication();

        var served = await PublishedFormAsync(app);

        var (document, diagnostic) = OpenApiDocument.Parse(served, "json");
        Assert.True(diagnostic is { Errors.Count: 0 }, string.Join(Environment.NewLine, diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var invalid = document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(invalid.Count == 0, string.Join(Environment.NewLine, invalid.Select(e => $"{e.Pointer}: {e.Message}")));
        var path = PublishedPath();
        if (Environment.GetEnvironmentVariable("WINWIN_PUBLISH_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
        }
        var published = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(published == served, $"The API changed: publish its document with `WINWIN_PUBLISH_OPENAPI=1 dotnet test tests/Winwin.Live.Tests --filter {nameof(OpenApi_TheServedDocument_IsValidAndTheOnePublished)}`, then build tests/Winwin.Client.Tests against it.");
    }

    private static string[] Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString() ?? "")]
        : [];

    [Fact]
    public async Task OpenApi_EveryNumber_TypedAsANumberOnly()
    {
        await using var app = new WinwinApplication();

        var document = await DocumentAsync(app);

        var numberOrString = Objects(document, "").Where(o => Types(o.Schema) is var types && types.Contains("string")
            && (types.Contains("integer") || types.Contains("number"))).Select(o => o.Path).ToList();
        var numericPatterns = Objects(document, "").Where(o => o.Schema.TryGetProperty("pattern", out var pattern)
            && pattern.ValueKind == JsonValueKind.String && NumericStringPattern().IsMatch(pattern.GetString()!)).Select(o => o.Path).ToList();
        Assert.True(numberOrString.Count == 0, "Typed as a number or a string: " + string.Join(", ", numberOrString));
        Assert.True(numericPatterns.Count == 0, "A number written as a string: " + string.Join(", ", numericPatterns));
        // And the numbers are there, typed as such.
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var page = schemas.GetProperty("DealsPage").GetProperty("properties");
        Assert.Equal("integer", page.GetProperty("total").GetProperty("type").GetString());
        var command = schemas.GetProperty("AnnounceDealCommand").GetProperty("properties");
        Assert.Contains("number", Types(command.GetProperty("estimatedValue")));
    }

    /// <summary>
    /// Every operation says what it answers on success (a body, or 204), and every error it lists is a problem document,
    /// 401 and 403 included wherever a sign-in is required; the import's refusals are its report of every problem, on purpose.
    /// </summary>
    [Fact]
    public async Task OpenApi_EveryOperation_DescribesItsAnswerAndItsErrorsAsProblemDocuments()
    {
        await using var app = new WinwinApplication();

        var document = await DocumentAsync(app);

        var wrong = new List<string>();
        var unknown = OpenToAnyone.Where(o => !document.GetProperty("paths").TryGetProperty(o[(o.IndexOf(' ', StringComparison.Ordinal) + 1)..], out _)).ToList();
        Assert.True(unknown.Count == 0, "Listed as open to anyone but gone: " + string.Join(", ", unknown));
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
                if (!responses.Any(r => r.Key == "204" || (r.Key[0] == '2' && r.Value.TryGetProperty("content", out _))))
                {
                    wrong.Add($"{name}: no success answer with a body");
                }
                var staff = !operation.Value.GetProperty("tags").EnumerateArray().Any(t => t.GetString() is "Live")
                    && !path.Name.StartsWith("/api/auth/", StringComparison.Ordinal) && !path.Name.Contains("/calls", StringComparison.Ordinal)
                    && !OpenToAnyone.Contains(name);
                if (staff && !(responses.ContainsKey("401") && responses.ContainsKey("403")))
                {
                    wrong.Add($"{name}: 401 or 403 missing");
                }
                if (staff && !(operation.Value.TryGetProperty("security", out var security) && security.ToString().Contains("\"Bearer\"", StringComparison.Ordinal)))
                {
                    wrong.Add($"{name}: its bearer sign-in not named");
                }
                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                {
                    // The one problem type of the components (or its validation form), never a copy a client would read as another type.
                    var problem = response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var media)
                        && media.GetProperty("schema").TryGetProperty("$ref", out var reference)
                        && reference.GetString() is "#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails";
                    if (!problem && !(path.Name.EndsWith("/import", StringComparison.Ordinal) && status is "400" or "409"))
                    {
                        wrong.Add($"{name}: {status} is not a problem document");
                    }
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [InlineData("/api/events/{slug}/deals", "get", "ListDeals", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/deals/{number}", "get", "GetDeal", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/deals/{number}", "put", "CorrectDeal", new[] { "200", "400", "401", "403", "404", "409" })]
    [InlineData("/api/events/{slug}/messages", "get", "ListMessages", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/messages", "post", "PostMessage", new[] { "201", "400", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/messages/{id}", "delete", "RemoveMessage", new[] { "204", "400", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/organizations", "get", "ListOrganizations", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/organizations", "post", "CreateOrganization", new[] { "201", "400", "401", "403", "404", "409" })]
    [InlineData("/api/events/{slug}/organizations/{id}", "get", "GetOrganization", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/organizations/{id}", "put", "ChangeOrganization", new[] { "200", "400", "401", "403", "404", "409" })]
    [InlineData("/api/events/{slug}/organizations/{id}/check-in", "post", "CheckInOrganization", new[] { "200", "400", "401", "403", "404", "409" })]
    [InlineData("/api/events/{slug}/listings", "get", "ListListings", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/listings/{id}", "get", "GetListing", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/events/{slug}/listings/{id}", "put", "ChangeListing", new[] { "200", "400", "401", "403", "404", "409" })]
    [InlineData("/api/events/{slug}/listings/{id}/withdraw", "post", "WithdrawListing", new[] { "200", "400", "401", "403", "404", "409" })]
    public async Task OpenApi_ScriptEndpoints_NamedWithTheirStatusesAndProblemDocuments(string path, string method, string name, string[] statuses)
    {
        await using var app = new WinwinApplication();

        var document = await DocumentAsync(app);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        var responses = operation.GetProperty("responses");
        Assert.Equal(statuses.Order(), responses.EnumerateObject().Select(r => r.Name).Order());
        foreach (var status in statuses.Where(s => s[0] == '4' && s != "401" && s != "403"))
        {
            Assert.True(responses.GetProperty(status).TryGetProperty("content", out var content)
                && content.TryGetProperty("application/problem+json", out _), $"{method} {path}: {status} without a problem document");
        }
    }
}
