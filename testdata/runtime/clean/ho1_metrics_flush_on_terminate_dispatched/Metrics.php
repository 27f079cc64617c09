<?php

namespace App\Metrics;

use App\Events\ResponseEvent;
use App\Events\TerminateEvent;

interface MetricsTransport
{
    public function send(string $payload): void;
}

final class UdpStatsdTransport implements MetricsTransport
{
    public int $packets = 0;

    public function __construct(private string $host, private int $port) {}

    public function send(string $payload): void
    {
        $this->packets++;
    }
}

final class RequestMetricsCollector
{
    /** @var list<array{name: string, value: float, tags: array<string, string>}> */
    private array $pending = [];

    public function __construct(private MetricsTransport $transport, private string $prefix) {}

    public function onResponse(ResponseEvent $event): void
    {
        $request = $event->request;
        $elapsedMs = (hrtime(true) - ($request->attributes['_started'] ?? hrtime(true))) / 1e6;
        $this->pending[] = [
            'name' => "{$this->prefix}.http.request_duration_ms",
            'value' => $elapsedMs,
            'tags' => [
                'route' => (string) ($request->attributes['_route'] ?? 'unknown'),
                'method' => $request->method,
                'status' => (string) $event->response->status,
                'uri' => $request->uri,
                'query' => http_build_query($request->query),
            ],
        ];
    }

    /** Sending is deferred until the response has gone out to the client. */
    public function onTerminate(TerminateEvent $event): void
    {
        $lines = [];
        foreach ($this->pending as $metric) {
            $tags = [];
            foreach ($metric['tags'] as $k => $v) {
                $tags[] = "{$k}:{$v}";
            }
            $lines[] = sprintf('%s:%F|ms|#%s', $metric['name'], $metric['value'], implode(',', $tags));
        }
        if ($lines) {
            $this->transport->send(implode("\n", $lines));
        }
        $this->pending = [];
    }
}
