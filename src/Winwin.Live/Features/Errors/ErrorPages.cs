using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Winwin.Live.Features.Errors;

/// <summary>
/// What a visitor gets when something fails: a page in their language for pages, <c>application/problem+json</c> for the
/// API, both with a correlation id that is also written to the log next to the error.
/// </summary>
public static partial class ErrorPages
{
    /// <summary>The response header that repeats the correlation id of an error answer.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// Answers unhandled exceptions (outside Development) and bodiless 4xx/5xx answers with a localised page or a problem
    /// document. Call it first, so that it also catches what the other middleware throws.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = AnswerExceptionAsync,
                // Logged once, by AnswerExceptionAsync, with the correlation id the visitor sees.
                SuppressDiagnosticsCallback = _ => true,
            });
        }
        app.UseStatusCodePages(context => AnswerStatusAsync(context.HttpContext));
        return app;
    }

    /// <summary>The id that ties an error answer to its log line: the request's trace id.</summary>
    public static string CorrelationId(HttpContext context) =>
        Activity.Current?.TraceId.ToHexString() is { } trace && trace != "00000000000000000000000000000000" ? trace : context.TraceIdentifier;

    private static async Task AnswerExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages));
        var id = CorrelationId(context);
        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500)
        {
            LogFailed(logger, exception, id, context.Request.Method, context.Request.Path);
        }
        else
        {
            LogRefused(logger, id, context.Request.Method, context.Request.Path, status, exception?.Message);
        }
        context.Response.StatusCode = status;
        await WriteAsync(context, status, id);
    }

    private static Task AnswerStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var id = CorrelationId(context);
        if (status >= 500)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages));
            LogFailed(logger, null, id, context.Request.Method, context.Request.Path);
        }
        return WriteAsync(context, status, id);
    }

    private static async Task WriteAsync(HttpContext context, int status, string id)
    {
        // The localisation middleware's culture does not flow back out to this handler: take the one it chose.
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo("fr");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var (title, detail) = Describe(text, status);
        context.Response.Headers[CorrelationHeader] = id;
        if (WantsProblem(context.Request))
        {
            var problem = TypedResults.Problem(detail, statusCode: status, title: title,
                extensions: new Dictionary<string, object?> { ["correlationId"] = id });
            await problem.ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(Page(culture.TwoLetterISOLanguageName, title, detail, text["errorPage.reference"], id, text["errorPage.home"]));
    }

    private static bool WantsProblem(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs")
        || (request.Headers.Accept.ToString() is { Length: > 0 } accept && accept.Contains("json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static (string Title, string Detail) Describe(IStringLocalizer<Text> text, int status) => status switch
    {
        StatusCodes.Status400BadRequest => (text["errorPage.badRequest.title"], text["errorPage.badRequest.text"]),
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => (text["errorPage.forbidden.title"], text["errorPage.forbidden.text"]),
        StatusCodes.Status404NotFound => (text["notFound.title"], text["notFound.text"]),
        StatusCodes.Status405MethodNotAllowed => (text["errorPage.badRequest.title"], text["errorPage.badRequest.text"]),
        StatusCodes.Status413PayloadTooLarge => (text["errorPage.tooLarge.title"], text["errorPage.tooLarge.text"]),
        StatusCodes.Status429TooManyRequests => (text["errorPage.tooMany.title"], text["errorPage.tooMany.text"]),
        >= 500 => (text["errorPage.failed.title"], text["errorPage.failed.text"]),
        _ => (text["errorPage.badRequest.title"], text["errorPage.badRequest.text"]),
    };

    private static string Page(string language, string title, string detail, string reference, string id, string home)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        return $"""
            <!DOCTYPE html>
            <html lang="{E(language)}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" />
            <title>{E(title)} · Winwin Live</title>
            <link rel="stylesheet" href="/public/plain.css" />
            </head>
            <body>
            <main class="plain">
            <h1>Winwin Live</h1>
            <h2>{E(title)}</h2>
            <p>{E(detail)}</p>
            <p>{E(reference)} <code class="correlation">{E(id)}</code></p>
            <p><a href="/">{E(home)}</a></p>
            </main>
            </body>
            </html>
            """;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Request failed; correlation id {CorrelationId}: {Method} {Path}")]
    private static partial void LogFailed(ILogger logger, Exception? exception, string correlationId, string method, PathString path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Request refused; correlation id {CorrelationId}: {Method} {Path} answered {Status} ({Reason})")]
    private static partial void LogRefused(ILogger logger, string correlationId, string method, PathString path, int status, string? reason);
}
