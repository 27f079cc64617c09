<?php

declare(strict_types=1);

namespace Swoole\Http;

/**
 * Event-loop front of the HTTP server. The reactor here hands this worker
 * the requests it would receive from the master process.
 */
class Server
{
    private array $events = [];
    public array $setting = [];

    public function __construct(public string $host, public int $port = 0, public int $mode = 2, public int $sockType = 1)
    {
    }

    public function set(array $settings): bool
    {
        $this->setting = $settings + $this->setting;

        return true;
    }

    public function on(string $event_name, callable $callback): bool
    {
        $this->events[strtolower($event_name)] = $callback;

        return true;
    }

    public function start(): bool
    {
        $total = (int) (getenv('PHPLEAK_N') ?: 100);
        if (isset($this->events['workerstart'])) {
            ($this->events['workerstart'])($this, 0);
        }
        for ($i = 0; $i < $total; $i++) {
            $samples = [];
            for ($k = 0; $k < 12; $k++) {
                $samples[] = [
                    'lat' => round(45.760 + (($i * 13 + $k * 3) % 80) * 0.0005, 6),
                    'lon' => round(4.830 + (($i * 7 + $k * 5) % 80) * 0.0005, 6),
                    't' => 1_717_000_000 + $i * 60 + $k * 5,
                    'acc' => 4 + ($i + $k) % 12,
                ];
            }
            $body = json_encode(['vehicle' => 'bus-' . ($i % 40), 'samples' => $samples]);
            $request = Request::create(
                ['request_method' => 'POST', 'request_uri' => '/match/preview?profile=bus', 'remote_addr' => '10.1.0.7'],
                ['content-type' => 'application/json'],
                (string) $body,
                $i + 1,
            );
            ($this->events['request'])($request, new Response());
        }

        return true;
    }
}
