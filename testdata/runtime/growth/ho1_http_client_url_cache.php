<?php
// A long-lived HTTP client decorator memoizes GET responses by normalized URL while a link-preview service fetches pages shared in chat messages.

final class HttpResponse
{
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {}
}

interface HttpClientInterface
{
    public function request(string $method, string $url, array $options = []): HttpResponse;
}

final class FakeTransport implements HttpClientInterface
{
    public int $calls = 0;

    public function request(string $method, string $url, array $options = []): HttpResponse
    {
        $this->calls++;
        $title = 'Page at ' . parse_url($url, PHP_URL_PATH);
        return new HttpResponse(200, ['content-type' => 'text/html'], "<html><head><title>{$title}</title><meta name=\"description\" content=\"" . str_repeat('preview ', 60) . '"></head></html>');
    }
}

final class MemoizingHttpClient implements HttpClientInterface
{
    /** @var array<string, HttpResponse> */
    private array $responses = [];

    public function __construct(private HttpClientInterface $inner) {}

    public function request(string $method, string $url, array $options = []): HttpResponse
    {
        if ($method !== 'GET') {
            return $this->inner->request($method, $url, $options);
        }
        $key = $this->normalize($url);
        return $this->responses[$key] ??= $this->inner->request($method, $url, $options); // leak
    }

    private function normalize(string $url): string
    {
        $parts = parse_url($url);
        parse_str($parts['query'] ?? '', $query);
        ksort($query);
        return strtolower($parts['scheme'] . '://' . $parts['host']) . ($parts['path'] ?? '/') . ($query ? '?' . http_build_query($query) : '');
    }
}

final class LinkPreviewService
{
    public function __construct(private HttpClientInterface $http) {}

    public function preview(string $url): array
    {
        $response = $this->http->request('GET', $url);
        preg_match('#<title>(.*?)</title>#', $response->body, $m);
        return ['url' => $url, 'title' => $m[1] ?? null];
    }
}

final class ChatMessageConsumer
{
    public function __construct(private LinkPreviewService $previews) {}

    public function consume(array $message): array
    {
        preg_match_all('#https?://\S+#', $message['text'], $links);
        return array_map(fn (string $url) => $this->previews->preview($url), $links[0]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new ChatMessageConsumer(new LinkPreviewService(new MemoizingHttpClient(new FakeTransport())));

for ($i = 0; $i < $n; $i++) {
    $consumer->consume([
        'channel' => 'general',
        'text' => "look at this https://shop.example.com/products/{$i}?utm_campaign=chat&ref=user{$i} nice",
    ]);
}
