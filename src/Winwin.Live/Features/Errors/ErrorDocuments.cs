using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Winwin.Live.Features.Errors;

/// <summary>
/// Describes in the OpenAPI document the error answers that <see cref="ErrorPages"/> gives every API endpoint: a refused
/// sign-in (401), a missing role (403) and a rate limit (429) where they apply, and a problem document for every error
/// status an endpoint declares without a body (such as a 404), since the status-code pages write one.
/// </summary>
public static class ErrorDocuments
{
    private const string ProblemContentType = "application/problem+json";

    public static OpenApiOptions DescribeErrorAnswers(this OpenApiOptions options)
    {
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= [];
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Unauthorized" });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Forbidden" });
            }
            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too Many Requests" });
            }
            foreach (var (status, response) in operation.Responses)
            {
                if (status[0] is '4' or '5' && response is OpenApiResponse { Content: null or { Count: 0 } } bodiless)
                {
                    // The one ProblemDetails of the document's components when other answers declare it, rather than a copy in each.
                    IOpenApiSchema schema = context.Document?.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) == true
                        ? new OpenApiSchemaReference(nameof(ProblemDetails), context.Document)
                        : await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
                    bodiless.Content = new Dictionary<string, OpenApiMediaType> { [ProblemContentType] = new() { Schema = schema } };
                }
            }
        });
        return options;
    }
}
