using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Winwin.Live.Tests;

/// <summary>Keeps what the application logs, to check what an operator would find in the log.</summary>
public sealed class TestLogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<TestLogEntry> _entries = new();

    public IReadOnlyList<TestLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<TestLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new TestLogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record TestLogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
