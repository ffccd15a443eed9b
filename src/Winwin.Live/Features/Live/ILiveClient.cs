namespace Winwin.Live.Features.Live;

/// <summary>What the server pushes to board and phone connections.</summary>
public interface ILiveClient
{
    /// <summary>A committed change of the event the connection joined, in <c>Seq</c> order.</summary>
    Task Change(FeedEntryDto entry);

    /// <summary>How many phones follow the event (on this instance), sent to boards every few seconds when it changes.</summary>
    Task Audience(int phones);

    /// <summary>
    /// The event's latest <c>Seq</c>, sent once the event has gone quiet: a screen that is behind it missed a push
    /// (a backplane outage, a dropped message) and resyncs, even if no further change comes to reveal the gap.
    /// </summary>
    Task LatestSeq(long seq);

    /// <summary>Sent to staff desks only: something of the event changed (a pending deal, a call…); the desk reloads that part.</summary>
    Task StaffChange(StaffTopic topic);
}
