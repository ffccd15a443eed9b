namespace Winwin.Live.Features.Live;

/// <summary>What the server pushes to board and phone connections.</summary>
public interface ILiveClient
{
    /// <summary>A committed change of the event the connection joined, in <c>Seq</c> order.</summary>
    Task Change(FeedEntryDto entry);

    /// <summary>How many phones follow the event (on this instance), sent every few seconds when it changes.</summary>
    Task Audience(int phones);
}
