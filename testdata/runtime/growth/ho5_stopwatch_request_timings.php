<?php
// A RoadRunner-style worker times each request with a shared Stopwatch that stores per-request timing records keyed by the request object for the Server-Timing header.

final class Request
{
    public function __construct(public string $method, public string $uri, public array $headers, public string $body) {}
}

final class Timing
{
    public array $marks = [];
    public function __construct(public float $start, public string $label) {}
}

final class Stopwatch
{
    private SplObjectStorage $timings;

    public function __construct()
    {
        $this->timings = new SplObjectStorage();
    }

    public function start(object $subject, string $label): void
    {
        $this->timings->attach($subject, new Timing(microtime(true), $label)); // leak
    }

    public function lap(object $subject, string $mark): void
    {
        if ($this->timings->contains($subject)) {
            $this->timings[$subject]->marks[$mark] = microtime(true);
        }
    }

    public function serverTiming(object $subject): string
    {
        $timing = $this->timings[$subject];
        $parts = [];
        foreach ($timing->marks as $mark => $at) {
            $parts[] = sprintf('%s;dur=%.2f', $mark, ($at - $timing->start) * 1000);
        }
        return implode(', ', $parts);
    }
}

final class ProductApi
{
    public function __construct(private Stopwatch $stopwatch) {}

    public function handle(Request $request): array
    {
        $this->stopwatch->start($request, $request->method . ' ' . $request->uri);
        $payload = json_decode($request->body, true) ?? [];
        $this->stopwatch->lap($request, 'decode');
        $result = ['id' => $payload['id'] ?? 0, 'name' => strtoupper($payload['name'] ?? '')];
        $this->stopwatch->lap($request, 'db');
        return ['status' => 200, 'headers' => ['Server-Timing' => $this->stopwatch->serverTiming($request)], 'body' => json_encode($result)];
    }
}

final class Worker
{
    private int $i = 0;
    public function __construct(private int $max) {}

    public function waitRequest(): ?Request
    {
        if ($this->i >= $this->max) {
            return null;
        }
        $i = $this->i++;
        return new Request('PUT', "/api/products/{$i}", ['content-type' => 'application/json', 'authorization' => 'Bearer ' . hash('sha256', "token{$i}")], json_encode(['id' => $i, 'name' => "Widget {$i}", 'description' => str_repeat('Sturdy and reliable. ', 10)]));
    }

    public function respond(array $response): void {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker($n);
$api = new ProductApi(new Stopwatch());
while ($req = $worker->waitRequest()) {
    $worker->respond($api->handle($req));
}
