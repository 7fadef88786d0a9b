using System.Net;
using System.Text;
using Rustboxd.Errors;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

/// <summary>
/// Response bodies are read into a pooled buffer that grows as needed (docs/performance.md, Memory): whatever the size,
/// with or without Content-Length, the page comes out whole and decoded, and a body cut short is still a failure.
/// </summary>
public sealed class ResponseBodyTests
{
    private static readonly SessionOptions Fast = new()
    {
        BaseUri = new Uri("https://letterboxd.test/"),
        RequestsPerSecond = 1000,
        BurstSize = 100,
        MaximumRetryCount = 0,
    };

    private static readonly PageRequest Page = new("/member/", ResourceKind.Member, "member");

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(300_000, true)]
    [InlineData(300_000, false)]
    [InlineData(3_000_000, false)]
    public async Task Reads_a_body_of_any_size_whole_with_or_without_its_length(int characters, bool announced)
    {
        // Multi-byte characters throughout, so a buffer boundary inside one would show.
        var text = string.Concat(Enumerable.Repeat("é★ab", characters / 4 + 1))[..characters];
        using var session = new LetterboxdSession(Fast, new BodyHandler(Encoding.UTF8.GetBytes(text), announced));
        using var call = new LetterboxdCall(session, noCache: true);

        var response = await call.FetchAsync(Page);

        Assert.Equal(text, response.Body);
    }

    [Fact]
    public async Task Fails_a_body_cut_short_instead_of_returning_part_of_it()
    {
        var handler = new BodyHandler(Encoding.UTF8.GetBytes(new string('x', 200_000)), announced: true, cutAt: 100_000);
        using var session = new LetterboxdSession(Fast, handler);
        using var call = new LetterboxdCall(session, noCache: true);

        var error = await Assert.ThrowsAsync<PageLoadException>(() => call.FetchAsync(Page));

        Assert.Equal(ErrorIds.PageLoadFailed, error.ErrorId);
    }

    /// <summary>Answers every request with the body, announced or not, optionally failing part-way like a reset.</summary>
    private sealed class BodyHandler(byte[] body, bool announced, int? cutAt = null) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpContent content = new StreamContent(new BodyStream(body, cutAt));
            if (announced)
            {
                content.Headers.ContentLength = body.Length;
            }

            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    /// <summary>A body that arrives in small pieces, and throws an IOException at cutAt when given.</summary>
    private sealed class BodyStream(byte[] body, int? cutAt) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= cutAt)
            {
                throw new IOException("connection reset by peer");
            }

            var read = Math.Min(Math.Min(count, 7_001), body.Length - _position);
            Array.Copy(body, _position, buffer, offset, read);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
