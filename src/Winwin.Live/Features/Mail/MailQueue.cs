using System.Threading.Channels;
using MimeKit;

namespace Winwin.Live.Features.Mail;

/// <summary>A written message waiting for the SMTP server, with the letter's kind for the log.</summary>
public sealed record QueuedMail(string Kind, MimeMessage Message);

/// <summary>
/// The messages waiting to be sent, bounded: a flood of registrations cannot grow memory without end. Adding never waits,
/// so a person's action never waits on the SMTP server.
/// </summary>
public sealed class MailQueue
{
    public const int Capacity = 1000;

    private readonly Channel<QueuedMail> _channel = Channel.CreateBounded<QueuedMail>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _idle = Idle();

    internal ChannelReader<QueuedMail> Reader => _channel.Reader;

    /// <summary>Queues a message; false when the queue is full.</summary>
    public bool TryAdd(QueuedMail mail)
    {
        lock (_gate)
        {
            // Counted before it is written: the sender may finish it before this method returns.
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        if (_channel.Writer.TryWrite(mail))
        {
            return true;
        }
        Done();
        return false;
    }

    /// <summary>Completes once every message queued so far was sent or given up.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    internal void Done()
    {
        lock (_gate)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }
}
