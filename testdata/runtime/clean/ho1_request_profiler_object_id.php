<?php
// A worker-lifetime request profiler records start marks and summaries keyed by spl_object_id() of each incoming request object.

final class ServerRequest
{
    private array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {}

    public function withAttribute(string $name, mixed $value): static
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;
        return $clone;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

final class RequestProfiler
{
    /** @var array<int, array{start: int, uri: string, memory: int}> */
    private array $marks = [];
    /** @var array<int, string> */
    private array $lastSummary = [];
    private int $slowRequests = 0;

    public function __construct(private int $slowThresholdNs = 50_000_000) {}

    public function start(ServerRequest $request): void
    {
        $this->marks[spl_object_id($request)] = [
            'start' => hrtime(true),
            'uri' => $request->method . ' ' . $request->uri,
            'memory' => memory_get_usage(),
        ];
    }

    public function stop(ServerRequest $request, Response $response): void
    {
        $id = spl_object_id($request);
        $mark = $this->marks[$id] ?? null;
        if ($mark === null) {
            return;
        }
        $elapsed = hrtime(true) - $mark['start'];
        if ($elapsed > $this->slowThresholdNs) {
            $this->slowRequests++;
        }
        $this->lastSummary[$id] = sprintf('%s -> %d in %.3fms (%s)', $mark['uri'], $response->status, $elapsed / 1e6, str_repeat('.', 200));
    }

    public function slowRequests(): int
    {
        return $this->slowRequests;
    }
}

final class Worker
{
    private int $served = 0;

    public function __construct(private int $max) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $n = $this->served++;
        return new ServerRequest(
            'GET',
            '/api/orders/' . (5000 + $n) . '?expand=items&session=' . md5((string) $n),
            ['accept' => 'application/json', 'x-request-id' => bin2hex(random_bytes(8))],
            str_repeat('x', 300),
        );
    }

    public function respond(Response $response): void
    {
    }
}

final class OrderController
{
    public function show(ServerRequest $request): Response
    {
        $id = (int) basename(parse_url($request->uri, PHP_URL_PATH));
        return new Response(200, json_encode(['id' => $id, 'lines' => range(1, 10)]));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker($n);
$profiler = new RequestProfiler();
$controller = new OrderController();

while ($request = $worker->waitRequest()) {
    $profiler->start($request);
    $routed = $request->withAttribute('_route', 'order_show');
    $response = $controller->show($routed);
    $profiler->stop($request, $response);
    $worker->respond($response);
    unset($routed, $response);
}
