<?php

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
        public ?array $post = null;
        public int $fd = 0;

        public function rawContent(): string|false
        {
            return '';
        }
    }

    final class Response
    {
        private int $status = 200;
        private array $headers = [];

        public function status(int $code): bool
        {
            $this->status = $code;

            return true;
        }

        public function header(string $key, string $value): bool
        {
            $this->headers[$key] = $value;

            return true;
        }

        public function end(?string $content = null): bool
        {
            return true;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];
        public array $setting = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function set(array $settings): void
        {
            $this->setting = $settings + $this->setting;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        /** Runs the event loop; here it feeds PHPLEAK_N synthetic requests to one worker. */
        public function start(): bool
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 1; $i <= $n; $i++) {
                $request = new Request();
                $request->fd = $i;
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => '/quotes/' . ($i % 40),
                    'path_info' => '/quotes/' . ($i % 40),
                    'request_time_float' => microtime(true),
                    'remote_addr' => '10.0.' . ($i % 255) . '.7',
                ];
                $request->header = [
                    'host' => 'fares.internal',
                    'user-agent' => 'fare-client/3.4 (+https://fares.internal/bot; Linux x86_64; php 8.2; curl 7.88; build ' . sha1((string) $i) . '; session ' . md5((string) $i) . ')',
                    'x-trace-id' => bin2hex(random_bytes(16)),
                ];
                $request->get = ['from' => 'LHR', 'to' => 'JFK', 'pax' => (string) (1 + $i % 4)];
                ($this->callbacks['request'])($request, new Response());
            }

            return true;
        }
    }
}

namespace App\Metrics {

    /**
     * Sliding window of the most recent request latencies, exposed on
     * /metrics as p50/p95 for the load balancer's slow-start logic.
     */
    final class LatencyWindow
    {
        /** @var list<array{route: string, ms: float, trace: string, agent: string}> */
        private array $samples = [];

        public function __construct(private int $size)
        {
        }

        public function record(string $route, float $ms, string $trace, string $agent): void
        {
            $this->samples[] = ['route' => $route, 'ms' => $ms, 'trace' => $trace, 'agent' => $agent];
            $this->samples = array_slice($this->samples, -$this->size);
        }

        public function percentile(float $p): float
        {
            if ($this->samples === []) {
                return 0.0;
            }
            $values = array_column($this->samples, 'ms');
            sort($values);

            return $values[(int) floor($p * (count($values) - 1))];
        }
    }
}

namespace App\Http {

    use App\Metrics\LatencyWindow;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class QuoteController
    {
        public function __construct(private LatencyWindow $window)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $started = hrtime(true);
            $route = preg_replace('~/\d+$~', '/{id}', $request->server['path_info']);

            $fare = 120 + crc32($request->get['from'] . $request->get['to']) % 300;
            $body = json_encode([
                'route' => $request->get['from'] . '-' . $request->get['to'],
                'pax' => (int) $request->get['pax'],
                'total' => $fare * (int) $request->get['pax'],
                'p95_ms' => $this->window->percentile(0.95),
            ]);

            $response->header('Content-Type', 'application/json');
            $response->end($body);

            $this->window->record(
                $route,
                (hrtime(true) - $started) / 1e6,
                $request->header['x-trace-id'] ?? '',
                $request->header['user-agent'] ?? '',
            );
        }
    }
}

namespace {

    use App\Http\QuoteController;
    use App\Metrics\LatencyWindow;
    use Swoole\Http\Server;

    $config = [
        'server' => ['host' => '0.0.0.0', 'port' => 9501, 'worker_num' => 1],
        'metrics' => [
            // samples kept for the p50/p95 gauges
            'latency_window' => (int) (getenv('METRICS_LATENCY_WINDOW') ?: 64),
        ],
    ];

    $server = new Server($config['server']['host'], $config['server']['port']);
    $server->set(['worker_num' => $config['server']['worker_num'], 'max_request' => 0]);

    $controller = null;
    $server->on('WorkerStart', static function (Server $server, int $workerId) use (&$controller, $config): void {
        $controller = new QuoteController(new LatencyWindow($config['metrics']['latency_window']));
    });
    $server->on('Request', static function ($request, $response) use (&$controller): void {
        $controller($request, $response);
    });

    $server->start();
}
