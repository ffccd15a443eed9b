using Winwin.Data;

namespace Winwin.Live.Features.Commands;

/// <summary>The outcome of a command: done (possibly replayed from an earlier identical submission), not found, or refused.</summary>
public sealed record CommandResult<T>
{
    public T? Value { get; private init; }
    public bool IsNotFound { get; private init; }
    public bool Replayed { get; private init; }
    public IReadOnlyList<DomainError> Errors { get; private init; } = [];

    /// <summary>For a refusal that comes with a detailed answer (an import's problem report).</summary>
    public bool IsRefusedWithValue { get; private init; }
    public bool Succeeded => !IsNotFound && !IsRefusedWithValue && Errors.Count == 0;

    internal static CommandResult<T> Create(T? value, bool replayed, bool notFound, IReadOnlyList<DomainError> errors, bool refused = false) =>
        new() { Value = value, Replayed = replayed, IsNotFound = notFound, Errors = errors, IsRefusedWithValue = refused };
}

public static class CommandResult
{
    public static CommandResult<T> Done<T>(T value, bool replayed = false) => CommandResult<T>.Create(value, replayed, false, []);
    public static CommandResult<T> NotFound<T>() => CommandResult<T>.Create(default, false, true, []);
    public static CommandResult<T> Invalid<T>(IReadOnlyList<DomainError> errors) => CommandResult<T>.Create(default, false, false, errors);
    public static CommandResult<T> Invalid<T>(DomainError error) => Invalid<T>([error]);

    /// <summary>Refused, with an answer that explains why in detail.</summary>
    public static CommandResult<T> Refused<T>(T value) => CommandResult<T>.Create(value, false, false, [], refused: true);
}

/// <summary>Who did something: recorded with every change so that each deal says who announced it.</summary>
public sealed record StaffActor(string UserId, string Name)
{
    public static readonly StaffActor System = new("system", "Winwin Live");
}
