namespace Winwin.Live.Features.Live;

/// <summary>What the server pushes to board and phone connections.</summary>
public interface ILiveClient
{
    /// <summary>A committed change of the event the connection joined, in <c>Seq</c> order.</summary>
    Task Change(FeedEntryDto entry);
}
