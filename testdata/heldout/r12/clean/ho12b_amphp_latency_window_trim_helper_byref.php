<?php
declare(strict_types=1);

namespace Amp\Http\Server {

    // Stand-ins for amphp/http-server's request/response/handler contracts.
    final class Request
    {
        /** @param array<string,string> $headers */
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
            public readonly string $clientAddress,
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $next): Response;
    }

    final class MiddlewareStack implements RequestHandler
    {
        public function __construct(private readonly Middleware $middleware, private readonly RequestHandler $handler)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return $this->middleware->handleRequest($request, $this->handler);
        }
    }
}

namespace App\Observability {

    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class LatencySample
    {
        public function __construct(
            public readonly string $route,
            public readonly string $client,
            public readonly string $userAgent,
            public readonly int $status,
            public readonly float $millis,
        ) {
        }
    }

    /** Sliding window of the most recent samples, read by the /health/latency endpoint. */
    final class LatencyWindow
    {
        /** @var list<LatencySample> */
        private array $samples = [];

        public function __construct(private readonly int $size)
        {
        }

        public function add(LatencySample $sample): void
        {
            $this->samples[] = $sample;
            self::dropOldest($this->samples, $this->size);
        }

        public function p95(): float
        {
            $values = array_map(static fn (LatencySample $s) => $s->millis, $this->samples);
            if ($values === []) {
                return 0.0;
            }
            sort($values);

            return $values[(int) floor(0.95 * (count($values) - 1))];
        }

        /** @param list<LatencySample> $samples */
        private static function dropOldest(array &$samples, int $keep): void
        {
            while (count($samples) > $keep) {
                array_shift($samples);
            }
        }
    }

    final class LatencyMiddleware implements Middleware
    {
        public function __construct(private readonly LatencyWindow $window)
        {
        }

        public function handleRequest(Request $request, RequestHandler $next): Response
        {
            $start = hrtime(true);
            $response = $next->handleRequest($request);
            $this->window->add(new LatencySample(
                $request->method . ' ' . parse_url($request->uri, PHP_URL_PATH),
                $request->clientAddress,
                $request->headers['user-agent'] ?? '-',
                $response->status,
                (hrtime(true) - $start) / 1e6,
            ));

            return $response;
        }
    }
}

namespace App\Http {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class ShipmentStatusHandler implements RequestHandler
    {
        public function handleRequest(Request $request): Response
        {
            return new Response(200, '{"status":"in_transit"}');
        }
    }
}

namespace {

    use Amp\Http\Server\MiddlewareStack;
    use Amp\Http\Server\Request;
    use App\Http\ShipmentStatusHandler;
    use App\Observability\LatencyMiddleware;
    use App\Observability\LatencyWindow;

    // The AMPHP server process lives for days; the handler stack is built once.
    $latencyWindow = new LatencyWindow(size: 100);
    $server = new MiddlewareStack(new LatencyMiddleware($latencyWindow), new ShipmentStatusHandler());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->handleRequest(new Request(
            'GET',
            sprintf('https://track.example.com/shipments/%d?expand=%s', 900_000 + $i, str_repeat('events,', 20)),
            ['user-agent' => 'TrackingApp/4.12.0 (iPhone; iOS 17.2; Scale/3.00) ' . bin2hex(random_bytes(96))],
            sprintf('10.%d.%d.%d:%d', $i % 250, ($i >> 3) % 250, ($i >> 5) % 250, 40000 + $i % 20000),
        ));
    }
}
