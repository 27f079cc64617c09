<?php
// Swoole HTTP server: a tracing middleware opens a span per request,
// keyed by the request object's id, and the access logger reads it back.

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public array $header = [];
        public array $server = [];
        public array $get = [];
        public array $cookie = [];
    }

    class Response
    {
        public int $statusCode = 200;
        public array $headers = [];

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): bool
        {
            return true;
        }
    }

    /** Stand-in for Swoole\Http\Server: start() serves requests until the worker exits. */
    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 10 + $i % 64;
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => '/v1/fares/quote',
                    'query_string' => 'from=LHR&to=JFK&date=2025-0' . ($i % 9 + 1) . '-14',
                    'remote_addr' => '172.16.4.' . ($i % 200),
                    'server_protocol' => 'HTTP/1.1',
                    'request_time_float' => microtime(true),
                ];
                $request->header = [
                    'host' => 'fares.internal',
                    'traceparent' => sprintf('00-%032x-%016x-01', $i + 1, $i * 7 + 3),
                    'user-agent' => 'fare-client/2.4 (+https://example.invalid/bot)',
                    'accept' => 'application/json',
                ];
                $request->get = ['from' => 'LHR', 'to' => 'JFK', 'date' => '2025-0' . ($i % 9 + 1) . '-14'];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Tracing {
    use Swoole\Http\Request;

    final class Span
    {
        public float $end = 0.0;
        public array $tags = [];

        public function __construct(
            public readonly string $traceId,
            public readonly string $name,
            public readonly float $start,
            public readonly Request $request,
        ) {
        }
    }

    /**
     * Coroutine-safe span registry: several requests are in flight at once
     * in one worker, so spans are looked up by the request they belong to.
     */
    final class SpanRegistry
    {
        /** @var array<int, Span> */
        private array $open = [];

        public function start(Request $request): Span
        {
            $traceId = explode('-', $request->header['traceparent'] ?? '00-0-0-00')[1];
            $span = new Span($traceId, $request->server['request_method'] . ' ' . $request->server['request_uri'], microtime(true), $request);
            $this->open[spl_object_id($request)] = $span; // leak
            return $span;
        }

        public function current(Request $request): ?Span
        {
            return $this->open[spl_object_id($request)] ?? null;
        }
    }

    final class AccessLogger
    {
        private int $lines = 0;

        public function __construct(private SpanRegistry $spans)
        {
        }

        public function log(Request $request, int $status): void
        {
            $span = $this->spans->current($request);
            if ($span === null) {
                return;
            }
            $span->end = microtime(true);
            $span->tags['http.status_code'] = $status;
            $line = sprintf('%s %s %d %.3fms trace=%s', $request->server['remote_addr'], $span->name, $status, ($span->end - $span->start) * 1000, $span->traceId);
            $this->lines += strlen($line) > 0 ? 1 : 0;
        }
    }
}

namespace App {
    use App\Tracing\AccessLogger;
    use App\Tracing\SpanRegistry;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class FareQuoteHandler
    {
        public function __construct(private SpanRegistry $spans, private AccessLogger $log)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $span = $this->spans->start($request);
            $span->tags['route'] = 'fares.quote';
            $quote = ['from' => $request->get['from'], 'to' => $request->get['to'], 'date' => $request->get['date'], 'fare' => 412.5];
            $response->header('Content-Type', 'application/json');
            $response->status(200);
            $response->end(json_encode($quote));
            $this->log->log($request, $response->statusCode);
        }
    }
}

namespace {
    use App\FareQuoteHandler;
    use App\Tracing\AccessLogger;
    use App\Tracing\SpanRegistry;

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $spans = new SpanRegistry();
    $handler = new FareQuoteHandler($spans, new AccessLogger($spans));
    $server->on('request', $handler);
    $server->start();
}
