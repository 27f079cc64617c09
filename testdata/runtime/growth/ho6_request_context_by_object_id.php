<?php
// A worker's profiler indexes each request's context in an ArrayObject keyed by spl_object_id and stores the request object itself as the value.

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {}

    public static function fromWorkerFrame(array $frame): self
    {
        return new self($frame['method'], $frame['uri'], $frame['headers'], $frame['body']);
    }
}

final class Profiler
{
    private ArrayObject $requests;
    private int $slowCount = 0;

    public function __construct()
    {
        $this->requests = new ArrayObject();
    }

    public function begin(ServerRequest $request): int
    {
        $id = spl_object_id($request);
        $this->requests[$id] = $request; // leak
        return $id;
    }

    public function finish(int $id, float $elapsedMs): void
    {
        if ($elapsedMs > 250.0) {
            $this->slowCount++;
        }
    }
}

final class Kernel
{
    public function __construct(private Profiler $profiler) {}

    public function handle(ServerRequest $request): array
    {
        $token = $this->profiler->begin($request);
        $started = hrtime(true);
        $response = ['status' => 200, 'length' => strlen($request->body)];
        $this->profiler->finish($token, (hrtime(true) - $started) / 1e6);
        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(new Profiler());
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(ServerRequest::fromWorkerFrame([
        'method' => 'POST',
        'uri' => '/graphql?op=' . $i,
        'headers' => ['Content-Type' => 'application/json', 'X-Request-Id' => 'req-' . $i],
        'body' => json_encode(['query' => str_repeat('{ viewer { id name } } ', 30), 'variables' => ['n' => $i]]),
    ]));
}
