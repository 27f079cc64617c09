<?php
// A Swoole-style HTTP server traces each request through a process-wide tracer that keeps open spans in a table keyed by the request object's id.

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        /** @var array<string, string> */
        public array $header = [];
        /** @var array<string, string> */
        public array $server = [];
        /** @var array<string, string> */
        public array $get = [];

        public function __construct(public readonly int $fd) {}
    }

    final class Response
    {
        /** @var array<string, string> */
        private array $headers = [];
        private int $status = 200;
        public int $bytes = 0;

        public function header(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }

        public function status(int $status): void
        {
            $this->status = $status;
        }

        public function end(string $body = ''): void
        {
            $this->bytes += strlen($body);
        }
    }

    /**
     * Stand-in for Swoole\Http\Server that feeds recorded requests to the "request" callback.
     */
    final class Server
    {
        /** @var array<string, \Closure> */
        private array $handlers = [];

        public function __construct(
            public readonly string $host,
            public readonly int $port,
            private readonly int $maxRequests,
        ) {}

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = \Closure::fromCallable($handler);
        }

        public function start(): void
        {
            for ($i = 0; $i < $this->maxRequests; $i++) {
                $this->dispatch($i);
            }
        }

        /** One coroutine per connection in the real server; here a plain call. */
        private function dispatch(int $i): void
        {
            $request = new Request(100 + $i % 64);
            $request->server = [
                'request_method' => 'GET',
                'request_uri' => '/api/v2/orders/' . (700000 + $i),
                'remote_addr' => '10.1.' . ($i % 32) . '.' . ($i % 251),
            ];
            $request->header = [
                'traceparent' => sprintf('00-%032x-%016x-01', $i * 7919 + 1, $i + 1),
                'user-agent' => 'okhttp/4.12.0 (Android 14; build ' . (9000 + $i) . ')',
                'authorization' => 'Bearer ' . str_repeat(dechex($i + 4096), 24),
            ];
            ($this->handlers['request'])($request, new Response());
        }
    }
}

namespace Telemetry {

    use Swoole\Http\Request;

    final class Span
    {
        public ?float $endedAt = null;
        /** @var array<string, string|int> */
        public array $attributes = [];

        public function __construct(
            public readonly string $traceId,
            public readonly string $name,
            public readonly float $startedAt,
        ) {}
    }

    interface SpanExporter
    {
        public function export(Span $span): void;
    }

    final class CountingExporter implements SpanExporter
    {
        public int $exported = 0;

        public function export(Span $span): void
        {
            $this->exported++;
        }
    }

    final class RequestTracer
    {
        private static ?RequestTracer $instance = null;

        /** @var array<int, array{request: Request, span: Span}> */
        private array $open = [];
        private float $clock = 0.0;

        public function __construct(private readonly SpanExporter $exporter) {}

        public static function boot(SpanExporter $exporter): void
        {
            self::$instance = new self($exporter);
        }

        public static function current(): self
        {
            return self::$instance ?? throw new \LogicException('Tracer not booted.');
        }

        public function start(Request $request): Span
        {
            $traceId = explode('-', $request->header['traceparent'] ?? '00-0-0-00')[1] ?? '0';
            $span = new Span($traceId, ($request->server['request_method'] ?? 'GET') . ' ' . ($request->server['request_uri'] ?? '/'), $this->clock += 0.002);
            $span->attributes = [
                'http.user_agent' => $request->header['user-agent'] ?? '',
                'net.peer.ip' => $request->server['remote_addr'] ?? '',
                'swoole.fd' => $request->fd,
            ];
            $this->open[spl_object_id($request)] = ['request' => $request, 'span' => $span]; // leak

            return $span;
        }

        public function finish(Request $request, int $status): void
        {
            $entry = $this->open[spl_object_id($request)] ?? null;
            if ($entry === null || $entry['span']->endedAt !== null) {
                return;
            }
            $entry['span']->endedAt = $this->clock += 0.015;
            $entry['span']->attributes['http.status_code'] = $status;
            $this->exporter->export($entry['span']);
        }
    }
}

namespace App {

    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Telemetry\RequestTracer;

    final class OrderApi
    {
        public function show(Request $request, Response $response): int
        {
            $id = (int) basename($request->server['request_uri'] ?? '/0');
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode(['id' => $id, 'status' => 'shipped']) ?: '');

            return 200;
        }
    }

    final class TracingMiddleware
    {
        public function __construct(private readonly OrderApi $api) {}

        public function __invoke(Request $request, Response $response): void
        {
            $tracer = RequestTracer::current();
            $span = $tracer->start($request);
            $response->header('X-Trace-Id', $span->traceId);
            $status = $this->api->show($request, $response);
            $tracer->finish($request, $status);
        }
    }
}

namespace {

    use App\OrderApi;
    use App\TracingMiddleware;
    use Swoole\Http\Server;
    use Telemetry\CountingExporter;
    use Telemetry\RequestTracer;

    RequestTracer::boot(new CountingExporter());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server = new Server('0.0.0.0', 9501, $n);
    $app = new TracingMiddleware(new OrderApi());
    $server->on('request', static fn ($request, $response) => $app($request, $response));
    $server->start();
}
