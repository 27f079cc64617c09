<?php

declare(strict_types=1);

namespace FrankenPHP {

    /**
     * Stand-in for the frankenphp extension in worker mode: hands the
     * application one request at a time. The real SAPI rebuilds $_SERVER
     * before every call; this stand-in leaves that to the worker script.
     */
    final class Runtime
    {
        private int $served = 0;

        public function __construct(private readonly int $limit)
        {
        }

        /** @param callable(array<string, string>): void $handler */
        public function handleRequest(callable $handler): bool
        {
            if ($this->served >= $this->limit) {
                return false;
            }
            $n = $this->served++;
            $handler([
                'REQUEST_URI' => "/api/shipments/{$n}/track",
                'REMOTE_ADDR' => '10.0.' . intdiv($n, 250) % 250 . '.' . $n % 250,
                'HTTP_TRACEPARENT' => sprintf('00-%032x-%016x-01', $n * 7919, $n * 104729),
                'HTTP_USER_AGENT' => 'ShipmentTracker/3.2 (+https://carrier.example/bot)',
            ]);

            return true;
        }
    }
}

namespace App\Http\Middleware {

    final class RecordTraceContext
    {
        /** @param array<string, string> $server */
        public function handle(array $server, callable $next): string
        {
            $_SERVER['APP_TRACE_HOPS'][] = [ // leak
                'traceparent' => $server['HTTP_TRACEPARENT'],
                'client' => $server['REMOTE_ADDR'],
                'uri' => $server['REQUEST_URI'],
                'agent' => $server['HTTP_USER_AGENT'],
                'received_at' => sprintf('%.6f', microtime(true)),
                'route_debug' => str_repeat("match {$server['REQUEST_URI']};", 6),
            ];

            return $next($server);
        }
    }
}

namespace App\Http\Controllers {

    final class TrackShipmentController
    {
        /** @param array<string, string> $server */
        public function __invoke(array $server): string
        {
            $hops = $_SERVER['APP_TRACE_HOPS'] ?? [];
            $last = end($hops);

            return json_encode(['status' => 'in_transit', 'trace' => $last['traceparent'] ?? null], JSON_THROW_ON_ERROR);
        }
    }
}

namespace {

    use App\Http\Controllers\TrackShipmentController;
    use App\Http\Middleware\RecordTraceContext;
    use FrankenPHP\Runtime;

    $runtime = new Runtime((int) (getenv('PHPLEAK_N') ?: 100));
    $middleware = new RecordTraceContext();
    $controller = new TrackShipmentController();

    $handler = static function (array $server) use ($middleware, $controller): void {
        foreach ($server as $name => $value) {
            $_SERVER[$name] = $value;
        }

        $middleware->handle($server, $controller);
    };

    while ($runtime->handleRequest($handler)) {
        gc_collect_cycles();
    }
}
