using Microsoft.AspNetCore.Components;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Public;

/// <summary>A public page of one event (board, phone): rendered from the snapshot on the server, 404 for an unknown event.</summary>
public abstract class PublicEventPage : ComponentBase
{
    [Inject]
    private LiveQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    protected SnapshotDto? Snapshot { get; private set; }

    /// <summary>What the page shows besides the feed: the board takes everything, a phone page only what it lists.</summary>
    protected virtual SnapshotContent Content => SnapshotContent.Full;

    protected override async Task OnInitializedAsync()
    {
        Snapshot = EventSlug.IsValid(Slug) ? await Queries.GetSnapshotAsync(Slug, Content, HttpContext.RequestAborted) : null;
        if (Snapshot is null)
        {
            // Renders the router's not-found page with a 404 (a bare 404 status would send an empty page).
            Navigation.NotFound();
        }
    }
}
