<?php

declare(strict_types=1);

/**
 * Link-discovery endpoint of a crawler running under a Swoole HTTP server.
 * Each request reports the outlinks found on one fetched page; the worker
 * keeps a sliding window of recently seen URLs so the same link reported by
 * sibling pages is not queued twice.
 */

final class SeenEntry
{
    public function __construct(
        public readonly string $url,
        public readonly string $foundOn,
        public readonly string $anchorText,
        public readonly int $seenAt,
    ) {
    }
}

final class UrlCanonicalizer
{
    private const TRACKING = ['utm_source', 'utm_medium', 'utm_campaign', 'gclid', 'fbclid', 'sessionid'];

    public function canonical(string $url): string
    {
        $p = parse_url($url);
        $query = [];
        parse_str($p['query'] ?? '', $query);
        foreach (self::TRACKING as $param) {
            unset($query[$param]);
        }
        ksort($query);
        $path = rtrim($p['path'] ?? '/', '/') ?: '/';

        return strtolower($p['scheme'] ?? 'https') . '://' . strtolower($p['host'] ?? '') . $path
            . ($query ? '?' . http_build_query($query) : '');
    }
}

final class SeenUrlWindow
{
    /** @var array<int, string> slot => url */
    private array $slots = [];

    /** @var array<string, SeenEntry> fingerprint => entry */
    private array $index = [];

    private int $cursor = 0;

    public function __construct(
        private readonly UrlCanonicalizer $canonicalizer,
        private readonly int $capacity = 64,
    ) {
    }

    public function seen(string $url): bool
    {
        return isset($this->index[$this->fingerprint($url)]);
    }

    public function remember(string $url, string $foundOn, string $anchorText): void
    {
        $key = $this->fingerprint($url);
        if (isset($this->index[$key])) {
            return;
        }

        $slot = $this->cursor++ % $this->capacity;
        if (isset($this->slots[$slot])) {
            $this->evict($this->slots[$slot]);
        }

        $this->slots[$slot] = $url;
        $this->index[$key] = new SeenEntry($this->canonicalizer->canonical($url), $foundOn, $anchorText, time()); // leak
    }

    public function size(): int
    {
        return count($this->slots);
    }

    private function evict(string $oldUrl): void
    {
        unset($this->index[$oldUrl]);
    }

    private function fingerprint(string $url): string
    {
        return sha1($this->canonicalizer->canonical($url));
    }
}

final class LinkReportHandler
{
    public function __construct(private readonly SeenUrlWindow $window)
    {
    }

    /** @param array{page: string, links: list<array{href: string, text: string}>} $report */
    public function handle(array $report): array
    {
        $queued = [];
        foreach ($report['links'] as $link) {
            if ($this->window->seen($link['href'])) {
                continue;
            }
            $this->window->remember($link['href'], $report['page'], $link['text']);
            $queued[] = $link['href'];
        }

        return ['queued' => count($queued), 'window' => $this->window->size()];
    }
}

/** Minimal stand-in for Swoole\Http\Server: dispatches the requests the worker receives. */
final class FakeSwooleServer
{
    /** @var array<string, Closure> */
    private array $handlers = [];

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function serve(iterable $requests): void
    {
        foreach ($requests as $body) {
            ($this->handlers['request'])($body);
        }
    }
}

function incoming_reports(int $n): Generator
{
    $hosts = ['www.example-news.test', 'blog.example-shop.test', 'docs.example-dev.test'];
    for ($i = 0; $i < $n; $i++) {
        $host = $hosts[$i % 3];
        yield json_encode([
            'page' => "https://{$host}/archive/" . (2000 + $i),
            'links' => [
                ['href' => "https://{$host}/story/{$i}-" . substr(sha1("s{$i}"), 0, 16) . '?utm_source=rss&page=' . ($i % 9), 'text' => "Story number {$i} with a longer headline used as anchor"],
                ['href' => "https://{$host}/about", 'text' => 'About us'],
                ['href' => "https://{$host}/author/" . (300 + $i % 50) . "/posts?from={$i}&utm_medium=web", 'text' => 'More from this author'],
            ],
        ]);
    }
}

$window = new SeenUrlWindow(new UrlCanonicalizer(), 64);
$handler = new LinkReportHandler($window);
$server = new FakeSwooleServer();
$server->on('request', function (string $body) use ($handler): void {
    $handler->handle(json_decode($body, true));
});

$server->serve(incoming_reports((int) (getenv('PHPLEAK_N') ?: 100)));
