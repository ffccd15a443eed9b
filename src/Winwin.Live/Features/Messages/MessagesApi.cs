using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Messages;

public static class MessagesApi
{
    /// <summary>A message to post to the room.</summary>
    public sealed record MessageInput(string? Text);

    /// <summary>
    /// Maps the messages to the room under <c>/api/events/{slug}/messages</c>, for coordinators and facilitators as the
    /// messages panel: the messages on the screens (<c>GET</c>), post one (<c>POST</c>, <c>{ text }</c>), take one down
    /// (<c>DELETE /{id}</c>). Both changes go through <see cref="MessageService"/>, as the panel's do.
    /// </summary>
    public static WebApplication MapMessagesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/events/{slug}/messages")
            .WithTags("Messages")
            .RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/", ListMessages).WithName("ListMessages");
        group.MapPost("/", PostMessage).WithName("PostMessage");
        group.MapDelete("/{id:int}", RemoveMessage).WithName("RemoveMessage");
        return app;
    }

    /// <summary>The messages on the screens, newest first, with who posted each.</summary>
    public static async Task<Results<Ok<IReadOnlyList<StaffMessage>>, NotFound>> ListMessages(string slug, MessageQueries queries,
        CancellationToken cancellationToken) =>
        await queries.ActiveAsync(slug, cancellationToken) is { } messages ? TypedResults.Ok(messages) : TypedResults.NotFound();

    /// <summary>Posts a message to the board and the phones; beyond <see cref="MessageService.MaxActive"/> the oldest is taken down.</summary>
    public static async Task<Results<Created<MessageDto>, NotFound, ValidationProblem>> PostMessage(string slug, MessageInput body, ClaimsPrincipal user,
        MessageService messages, ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await messages.PostAsync(slug, body.Text, StaffActorFactory.From(user), cancellationToken);
        return result.IsNotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Created($"/api/events/{slug}/messages/{result.Value!.Id}", result.Value)
            : errors.ToValidationProblem(result.Errors);
    }

    /// <summary>Takes a message off the screens; 404 when it is not on them (taken down already, or replaced by a newer one).</summary>
    public static async Task<Results<NoContent, NotFound, ValidationProblem>> RemoveMessage(string slug, int id, ClaimsPrincipal user, MessageService messages,
        ErrorMessages errors, CancellationToken cancellationToken)
    {
        var result = await messages.RemoveAsync(slug, id, StaffActorFactory.From(user), cancellationToken);
        return result.IsNotFound ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.NoContent()
            : errors.ToValidationProblem(result.Errors);
    }
}
