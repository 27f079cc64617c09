<?php

declare(strict_types=1);

/*
 * HTTP worker (one process, many requests) that times each request and
 * reports the samples to a StatsD-style collector. The metrics batcher is
 * built once at boot; it queues samples and hands them out as UDP-sized
 * packets through a generator that empties the queue after the last packet.
 */

namespace App\Metrics;

final class Sample
{
    public function __construct(
        public readonly string $name,
        public readonly float $value,
        public readonly string $type,
        public readonly array $tags,
    ) {
    }

    public function line(): string
    {
        $tags = [];
        foreach ($this->tags as $k => $v) {
            $tags[] = $k . ':' . $v;
        }
        return sprintf('%s:%s|%s|#%s', $this->name, $this->value, $this->type, implode(',', $tags));
    }
}

final class MetricsBatcher
{
    /** @var list<Sample> */
    private array $pending = [];

    public function add(Sample $sample): void
    {
        $this->pending[] = $sample;
    }

    /**
     * @return \Generator<int, string> one packet of at most $perPacket lines
     */
    public function packets(int $perPacket): \Generator
    {
        foreach (array_chunk($this->pending, $perPacket) as $group) {
            yield implode("\n", array_map(static fn (Sample $s): string => $s->line(), $group));
        }
        $this->pending = [];
    }
}

final class UdpCollector
{
    private int $sent = 0;

    public function send(string $packet): void
    {
        $this->sent += strlen($packet);
    }
}

final class RequestTimer
{
    public function __construct(
        private MetricsBatcher $batcher,
        private UdpCollector $collector,
    ) {
    }

    public function afterRequest(int $i, string $route, int $status): void
    {
        $tags = [
            'route' => $route,
            'status' => (string) $status,
            'pod' => 'web-7f9c8d6b5-' . ($i % 5),
            'region' => 'eu-west-1',
            'release' => 'v2024.11.' . ($i % 30),
            'trace' => sprintf('%032x', $i * 2654435761),
        ];
        $this->batcher->add(new Sample('http.request.duration_ms', 12.5 + ($i % 300) / 7, 'h', $tags));
        $this->batcher->add(new Sample('http.response.bytes', (float) (2048 + $i % 9000), 'd', $tags));

        foreach ($this->batcher->packets(25) as $packet) {
            $this->collector->send($packet);
        }
    }
}

$timer = new RequestTimer(new MetricsBatcher(), new UdpCollector());
$routes = ['/api/orders', '/api/orders/{id}', '/api/cart', '/health'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $timer->afterRequest($i, $routes[$i % 4], $i % 23 === 0 ? 500 : 200);
}
