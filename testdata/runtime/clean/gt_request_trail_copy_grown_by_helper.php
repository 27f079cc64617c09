<?php

declare(strict_types=1);

// A small HTTP server stand-in runs a handler closure per request. The
// handler captures the diagnostics trail by value and rebuilds it through
// an immutable-style helper that returns the trail with the request
// appended: each call grows its own copy, which goes when the call ends.

final class ServerRequest
{
    public function __construct(public readonly string $method, public readonly string $path, public readonly string $body)
    {
    }
}

final class Trail
{
    /** @param array{service: string, hits: list<array{method: string, path: string, size: int, excerpt: string}>} $trail */
    public static function record(array $trail, ServerRequest $request): array
    {
        $trail['hits'][] = ['method' => $request->method, 'path' => $request->path, 'size' => strlen($request->body), 'excerpt' => substr($request->body, 0, 200)];

        return $trail;
    }
}

final class Server
{
    public function __construct(private readonly Closure $handler)
    {
    }

    public function serve(iterable $requests): void
    {
        foreach ($requests as $request) {
            ($this->handler)($request);
        }
    }
}

$trail = ['service' => 'catalog', 'hits' => []];
$server = new Server(static function (ServerRequest $request) use ($trail): string {
    $trail = Trail::record($trail, $request);

    return sprintf('%s %s: %d bytes', $request->method, $request->path, strlen($request->body));
});

$requests = static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new ServerRequest('POST', '/products/' . (4000 + $i) . '/reviews', str_repeat('great product ', 20));
    }
};
$server->serve($requests((int) (getenv('PHPLEAK_N') ?: 100)));
