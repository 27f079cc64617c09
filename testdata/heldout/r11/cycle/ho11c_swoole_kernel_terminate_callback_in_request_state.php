<?php

declare(strict_types=1);

final class HttpRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly array $headers,
        public readonly string $content,
    ) {
    }
}

final class HttpResponse
{
    public function __construct(public int $status, public string $body, public array $headers = [])
    {
    }
}

final class AccessLogger
{
    private array $lines = [];
    public int $written = 0;

    public function log(string $line): void
    {
        $this->lines[] = $line;
        if (count($this->lines) >= 32) {
            $this->written += count($this->lines);
            $this->lines = [];
        }
    }
}

final class SearchKernel
{
    public function __construct(private AccessLogger $logger)
    {
    }

    public function handle(HttpRequest $request): HttpResponse
    {
        $state = [
            'request' => $request,
            'user' => $request->headers['x-user'] ?? 'anonymous',
            'started' => 1700000000 + strlen($request->path),
            'timings' => [],
            'terminate' => null,
        ];
        $state['terminate'] = function () use (&$state): void { // leak
            $this->logger->log(sprintf('%s %s user=%s', $state['request']->method, $state['request']->path, $state['user']));
        };

        $state['timings']['route'] = 0.2;
        $terms = preg_split('/\s+/', trim($request->query['q'] ?? '')) ?: [];
        $hits = [];
        foreach ($terms as $k => $term) {
            $hits[] = ['term' => $term, 'score' => round(1 / ($k + 1), 3)];
        }
        $state['timings']['search'] = 1.4;

        $response = new HttpResponse(200, json_encode(['hits' => $hits, 'took' => array_sum($state['timings'])]), ['content-type' => 'application/json']);
        ($state['terminate'])();

        return $response;
    }
}

/** Swoole-style server stand-in: pushes $requests requests through the registered handler. */
final class SwooleHttpServer
{
    private $onRequest;

    public function on(string $event, callable $handler): void
    {
        if ($event === 'request') {
            $this->onRequest = $handler;
        }
    }

    public function start(int $requests): void
    {
        for ($i = 1; $i <= $requests; $i++) {
            $request = new HttpRequest('GET', '/search', [
                'q' => "red running shoes size {$i} " . str_repeat('waterproof ', 8),
                'page' => (string) ($i % 5 + 1),
            ], [
                'x-user' => 'user-' . ($i % 977),
                'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15 #' . $i,
                'cookie' => 'sid=' . hash('sha256', "sid-{$i}") . '; cart=' . hash('sha256', "cart-{$i}"),
            ], '');
            ($this->onRequest)($request);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new SearchKernel(new AccessLogger());
$server = new SwooleHttpServer();
$server->on('request', static function (HttpRequest $request) use ($kernel): void {
    $response = $kernel->handle($request);
    unset($response);
});
$server->start($n);
