using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Messages;

/// <summary>Short messages from the facilitators to the room, shown on the board and the phones until taken down.</summary>
public sealed partial class MessageService(LiveWriter writer, TimeProvider time, ILogger<MessageService> logger)
{
    /// <summary>How many messages the screens show at once; a new one beyond that takes the oldest down.</summary>
    public const int MaxActive = 3;

    public async Task<CommandResult<MessageDto>> PostAsync(string slug, string? text, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        // No money rule: it guards what is exchanged, and a message to the room exchanges nothing.
        var checkedText = rules.Text("text", text, BoardMessage.TextMaxLength, required: true);
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<MessageDto>(rules.Errors);
        }
        var result = await writer.WriteAsync(slug, async tx =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            // Under the writer's lock: two facilitators posting at once still leave at most MaxActive on the screens.
            var older = await MessageQueries.Active(tx.Db, tx.Event.Id).Skip(MaxActive - 1).ToListAsync(tx.CancellationToken);
            // Taken down before the new one is shown, so that no screen ever shows more than MaxActive.
            foreach (var oldest in older)
            {
                oldest.RemovedAt = now;
                await tx.AppendAsync(FeedTypes.MessageRemoved, oldest.ToDto());
            }
            var message = new BoardMessage
            {
                EventId = tx.Event.Id,
                Text = checkedText!,
                CreatedById = actor.UserId,
                CreatedByName = actor.Name,
                CreatedAt = now,
            };
            tx.Db.Messages.Add(message);
            tx.Audit(actor, "message.posted", message.Text);
            await tx.SaveAsync();
            var dto = message.ToDto();
            await tx.AppendAsync(FeedTypes.MessagePosted, dto);
            return CommandResult.Done(dto);
        }, cancellationToken);
        if (result.Succeeded)
        {
            LogPosted(logger, result.Value!.Id, slug, actor.Name);
        }
        return result;
    }

    /// <summary>Takes a message off the screens. Another event's message, or one already taken down, is not found.</summary>
    public async Task<CommandResult<MessageDto>> RemoveAsync(string slug, int messageId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var result = await writer.WriteAsync(slug, async tx =>
        {
            var message = await tx.Db.Messages.SingleOrDefaultAsync(
                m => m.Id == messageId && m.EventId == tx.Event.Id && m.RemovedAt == null, tx.CancellationToken);
            if (message is null)
            {
                return CommandResult.NotFound<MessageDto>();
            }
            message.RemovedAt = time.GetUtcNow().UtcDateTime;
            tx.Audit(actor, "message.removed", message.Text);
            var dto = message.ToDto();
            await tx.AppendAsync(FeedTypes.MessageRemoved, dto);
            return CommandResult.Done(dto);
        }, cancellationToken);
        if (result.Succeeded)
        {
            // The message keeps who posted it; who took it down is only in the log.
            LogRemoved(logger, messageId, slug, actor.Name);
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} posted to {Slug} by {Actor}.")]
    private static partial void LogPosted(ILogger logger, int messageId, string slug, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} of {Slug} taken down by {Actor}.")]
    private static partial void LogRemoved(ILogger logger, int messageId, string slug, string actor);
}
