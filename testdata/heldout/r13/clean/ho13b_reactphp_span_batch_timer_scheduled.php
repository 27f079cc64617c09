<?php

declare(strict_types=1);

namespace React\EventLoop {

    interface TimerInterface
    {
    }

    interface LoopInterface
    {
        public function addPeriodicTimer(float $interval, callable $callback): TimerInterface;

        public function futureTick(callable $listener): void;
    }

    final class Timer implements TimerInterface
    {
        public function __construct(public readonly int $intervalUs, public int $nextRunUs, public $callback)
        {
        }
    }

    /**
     * Stand-in for the ReactPHP loop with a virtual clock: advance() runs
     * the ticks and the periodic timers that came due in the meantime.
     */
    final class VirtualLoop implements LoopInterface
    {
        private int $nowUs = 0;
        /** @var list<Timer> */
        private array $timers = [];
        /** @var list<callable> */
        private array $ticks = [];

        public function addPeriodicTimer(float $interval, callable $callback): TimerInterface
        {
            $us = (int) round($interval * 1_000_000);
            $timer = new Timer($us, $this->nowUs + $us, $callback);
            $this->timers[] = $timer;

            return $timer;
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks[] = $listener;
        }

        public function advance(float $seconds): void
        {
            $ticks = $this->ticks;
            $this->ticks = [];
            foreach ($ticks as $tick) {
                $tick();
            }

            $this->nowUs += (int) round($seconds * 1_000_000);
            foreach ($this->timers as $timer) {
                while ($timer->nextRunUs <= $this->nowUs) {
                    ($timer->callback)($timer);
                    $timer->nextRunUs += $timer->intervalUs;
                }
            }
        }
    }
}

namespace React\Http {

    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers = [],
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body = '')
        {
        }
    }

    final class HttpServer
    {
        /** @var callable(ServerRequest): Response */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function emit(ServerRequest $request): Response
        {
            return ($this->handler)($request);
        }
    }
}

namespace App\Tracing {

    use React\EventLoop\LoopInterface;

    final class Span
    {
        private array $attributes = [];
        private ?int $endNs = null;

        public function __construct(
            public readonly string $traceId,
            public readonly string $spanId,
            public readonly string $name,
            private readonly int $startNs,
        ) {
        }

        public function setAttribute(string $key, string|int|float|bool $value): self
        {
            $this->attributes[$key] = $value;

            return $this;
        }

        public function end(int $endNs): void
        {
            $this->endNs = $endNs;
        }

        public function toOtlp(): array
        {
            return [
                'traceId' => $this->traceId,
                'spanId' => $this->spanId,
                'name' => $this->name,
                'startTimeUnixNano' => $this->startNs,
                'endTimeUnixNano' => $this->endNs,
                'attributes' => $this->attributes,
            ];
        }
    }

    interface SpanExporter
    {
        /** @param list<array> $batch */
        public function export(array $batch): void;
    }

    final class OtlpHttpExporter implements SpanExporter
    {
        public int $exportedBytes = 0;

        public function __construct(private string $endpoint)
        {
        }

        public function export(array $batch): void
        {
            $this->exportedBytes += strlen(json_encode(['resourceSpans' => $batch]));
        }
    }

    /**
     * Queues finished spans and exports them on a schedule, off the
     * request path.
     */
    final class BatchSpanProcessor
    {
        /** @var list<array> */
        private array $queue = [];

        public function __construct(
            private SpanExporter $exporter,
            private float $scheduleDelaySeconds = 0.1,
        ) {
        }

        public function scheduleOn(LoopInterface $loop): void
        {
            $loop->addPeriodicTimer($this->scheduleDelaySeconds, fn () => $this->forceFlush());
        }

        public function onEnd(Span $span): void
        {
            $this->queue[] = $span->toOtlp();
        }

        public function forceFlush(): void
        {
            if ($this->queue === []) {
                return;
            }
            $batch = $this->queue;
            $this->queue = [];
            $this->exporter->export($batch);
        }
    }

    final class Tracer
    {
        private int $sequence = 0;

        public function __construct(private BatchSpanProcessor $processor, private string $service)
        {
        }

        public function startSpan(string $name, ?string $traceparent): Span
        {
            $this->sequence++;
            $traceId = $traceparent !== null ? explode('-', $traceparent)[1] : bin2hex(random_bytes(16));

            return (new Span($traceId, sprintf('%016x', $this->sequence), $name, hrtime(true)))
                ->setAttribute('service.name', $this->service);
        }

        public function endSpan(Span $span): void
        {
            $span->end(hrtime(true));
            $this->processor->onEnd($span);
        }
    }
}

namespace App\Http {

    use App\Tracing\Tracer;
    use React\Http\Response;
    use React\Http\ServerRequest;

    final class ShipmentStatusController
    {
        public function __construct(private Tracer $tracer)
        {
        }

        public function __invoke(ServerRequest $request): Response
        {
            $span = $this->tracer->startSpan('GET /shipments/{id}', $request->headers['traceparent'] ?? null);
            $id = basename($request->uri);

            $span->setAttribute('http.method', $request->method)
                ->setAttribute('http.target', $request->uri)
                ->setAttribute('http.user_agent', $request->headers['user-agent'] ?? '')
                ->setAttribute('shipment.id', $id)
                ->setAttribute('shipment.status', 'in_transit')
                ->setAttribute('shipment.last_scan', 'Leipzig hub, sorted for outbound line 14')
                ->setAttribute('db.statement', 'SELECT s.*, e.* FROM shipments s JOIN shipment_events e ON e.shipment_id = s.id WHERE s.public_id = ? ORDER BY e.scanned_at DESC LIMIT 20');

            $this->tracer->endSpan($span);

            return new Response(200, json_encode(['id' => $id, 'status' => 'in_transit']));
        }
    }
}

namespace {

    use App\Http\ShipmentStatusController;
    use App\Tracing\BatchSpanProcessor;
    use App\Tracing\OtlpHttpExporter;
    use App\Tracing\Tracer;
    use React\EventLoop\VirtualLoop;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $loop = new VirtualLoop();
    $processor = new BatchSpanProcessor(new OtlpHttpExporter('http://otel-collector:4318/v1/traces'));
    $processor->scheduleOn($loop);
    $tracer = new Tracer($processor, 'shipment-api');
    $server = new HttpServer(new ShipmentStatusController($tracer));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->emit(new ServerRequest('GET', '/shipments/SHP' . (3_000_000 + $i), [
            'traceparent' => sprintf('00-%032x-%016x-01', 0xabc000 + $i, 0xdef000 + $i),
            'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
        ]));
        $loop->advance(0.01);
    }
}
