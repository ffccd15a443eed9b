using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Import;

namespace Winwin.Live.Tests.Features.Import;

public class ImportLimitsTests
{
    /// <summary>A body of <paramref name="length"/> separators that says nothing of its length (as a chunked upload).</summary>
    private sealed class Separators(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)';');
            _left -= n;
            return n;
        }
    }

    [Theory]
    [InlineData(true, "fr", "10 Mo")]
    [InlineData(false, "nl", "10 MB")]
    public async Task Import_LargerThanTheLimit_413SayingTheLimitAndNothingWritten(bool declaredLength, string language, string limit)
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        HttpContent content = declaredLength
            ? new ByteArrayContent(new byte[ImportApi.MaxFileBytes + 1])
            : new StreamContent(new Separators(ImportApi.MaxFileBytes + 5 * 1024 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await staff.PostAsync($"/api/events/{ev.Slug}/import", content);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(limit, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ImportApi.MaxFileBytes, problem.RootElement.GetProperty("maxBytes").GetInt64());
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(3, await db.Listings.CountAsync());
    }
}
