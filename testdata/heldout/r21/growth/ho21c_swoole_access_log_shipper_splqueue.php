<?php

declare(strict_types=1);

namespace App\Server {

    /** Minimal stand-in for Swoole\Http\Server: one worker, requests dispatched in-process. */
    final class HttpServer
    {
        /** @var array<string, \Closure> */
        private array $handlers = [];

        public function on(string $event, \Closure $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function serve(int $requests): void
        {
            ($this->handlers['workerStart'] ?? static fn () => null)($this, 0);
            for ($i = 1; $i <= $requests; $i++) {
                $request = new Request('GET', '/api/orders/' . ($i * 7), ['user-agent' => 'k6/0.49 (+https://k6.io/)', 'x-request-id' => bin2hex(random_bytes(8))]);
                $response = new Response();
                ($this->handlers['request'])($request, $response);
            }
        }
    }

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $header,
        ) {
        }
    }

    final class Response
    {
        public int $status = 200;
        public string $body = '';

        public function end(string $body): void
        {
            $this->body = $body;
        }
    }
}

namespace App\Logging {

    use App\Server\Request;
    use App\Server\Response;

    final class AccessRecord
    {
        public function __construct(
            public readonly string $requestId,
            public readonly string $line,
            public readonly float $durationMs,
            public readonly array $context,
        ) {
        }

        public function toArray(): array
        {
            return ['id' => $this->requestId, 'line' => $this->line, 'ms' => $this->durationMs] + $this->context;
        }
    }

    interface Transport
    {
        public function send(string $payload): void;
    }

    final class UdpTransport implements Transport
    {
        private int $datagrams = 0;

        public function send(string $payload): void
        {
            // the real one writes to a Swoole\Coroutine\Socket; we only count
            $this->datagrams++;
        }
    }

    /**
     * Buffers access records in the worker and ships them in batches after
     * the response has been sent, so logging never delays a request.
     */
    final class BatchShipper
    {
        private \SplQueue $queue;

        public function __construct(
            private readonly Transport $transport,
            private readonly int $maxBatch = 50,
        ) {
            $this->queue = new \SplQueue();
        }

        public function push(AccessRecord $record): void
        {
            $this->queue->enqueue($record); // leak
        }

        public function flush(): void
        {
            $batch = [];
            foreach ($this->queue as $record) {
                $batch[] = $record->toArray();
                if (\count($batch) >= $this->maxBatch) {
                    $this->transport->send(json_encode($batch, JSON_THROW_ON_ERROR));
                    $batch = [];
                }
            }
            if ($batch !== []) {
                $this->transport->send(json_encode($batch, JSON_THROW_ON_ERROR));
            }
        }
    }

    final class AccessLogMiddleware
    {
        public function __construct(private readonly BatchShipper $shipper)
        {
        }

        public function __invoke(Request $request, Response $response, \Closure $next): void
        {
            $started = hrtime(true);
            $next($request, $response);
            $ms = (hrtime(true) - $started) / 1e6;

            $line = sprintf(
                '%s "%s %s" %d %d "%s"',
                date('d/M/Y:H:i:s O'),
                $request->method,
                $request->uri,
                $response->status,
                \strlen($response->body),
                $request->header['user-agent'] ?? '-',
            );
            $this->shipper->push(new AccessRecord(
                $request->header['x-request-id'],
                $line,
                $ms,
                ['worker' => 0, 'headers' => $request->header, 'body_preview' => substr($response->body, 0, 240)],
            ));
        }
    }
}

namespace App {

    use App\Logging\AccessLogMiddleware;
    use App\Logging\BatchShipper;
    use App\Logging\UdpTransport;
    use App\Server\HttpServer;
    use App\Server\Request;
    use App\Server\Response;

    final class OrderController
    {
        public function show(Request $request, Response $response): void
        {
            $id = (int) basename($request->uri);
            $response->end(json_encode([
                'id' => $id,
                'status' => 'shipped',
                'lines' => array_map(static fn (int $n) => ['sku' => 'SKU-' . ($id + $n), 'qty' => $n], range(1, 6)),
            ], JSON_THROW_ON_ERROR));
        }
    }

    $shipper = new BatchShipper(new UdpTransport());
    $middleware = new AccessLogMiddleware($shipper);
    $controller = new OrderController();

    $server = new HttpServer();
    $server->on('request', static function (Request $request, Response $response) use ($middleware, $controller, $shipper): void {
        $middleware($request, $response, $controller->show(...));
        $shipper->flush();
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server->serve($n);
}
