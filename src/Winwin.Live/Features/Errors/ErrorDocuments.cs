using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Winwin.Live.Features.Errors;

/// <summary>
/// Describes in the OpenAPI document the error answers that <see cref="ErrorPages"/> gives every API endpoint: a refused
/// sign-in (401), a missing role (403) and a rate limit (429) where they apply, and a problem document for every error
/// status an endpoint declares without a body (such as a 404), since the status-code pages write one. Also names the
/// bearer token that signs a script in on the operations that need one.
/// </summary>
public static class ErrorDocuments
{
    private const string ProblemContentType = "application/problem+json";

    /// <summary>The name of the bearer sign-in in the document's security schemes.</summary>
    public const string BearerScheme = "Bearer";

    public static OpenApiOptions DescribeErrorAnswers(this OpenApiOptions options)
    {
        // One ProblemDetails in the components for every error answer, so that a generated client has one error type.
        options.AddDocumentTransformer(async (document, context, cancellationToken) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            if (!document.Components.Schemas.ContainsKey(nameof(ProblemDetails)))
            {
                document.Components.Schemas[nameof(ProblemDetails)] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
            }
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken answered by POST /api/auth/login (or the sign-in cookie, with ?useCookies=true).",
            };
        });
        options.AddOperationTransformer((operation, context, cancellationToken) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= [];
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Unauthorized" });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Forbidden" });
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            }
            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too Many Requests" });
            }
            foreach (var (status, response) in operation.Responses)
            {
                if (status[0] is '4' or '5' && response is OpenApiResponse { Content: null or { Count: 0 } } bodiless)
                {
                    bodiless.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ProblemContentType] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document) },
                    };
                }
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
