using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Live;

/// <summary>Builds audit-trail lines, cut to the lengths the database keeps.</summary>
public static class AuditTrail
{
    public static AuditEntry Entry(int? eventId, DateTime at, StaffActor actor, string action, string subject, string? details = null) => new()
    {
        EventId = eventId,
        At = at,
        ActorId = actor.UserId,
        ActorName = Cut(actor.Name, 150),
        Action = Cut(action, AuditEntry.ActionMaxLength),
        Subject = Cut(subject, AuditEntry.SubjectMaxLength),
        Details = details is null ? null : Cut(details, AuditEntry.DetailsMaxLength),
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
