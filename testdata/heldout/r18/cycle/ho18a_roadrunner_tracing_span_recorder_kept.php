<?php

declare(strict_types=1);

namespace Tracing {

    final class SpanRecorder
    {
        /** @var list<Span> */
        private array $spans = [];

        public function __construct(private readonly int $maxSpans = 1000)
        {
        }

        public function add(Span $span): void
        {
            if (count($this->spans) < $this->maxSpans) {
                $this->spans[] = $span; // leak
            }
        }

        /** @return list<Span> */
        public function getSpans(): array
        {
            return $this->spans;
        }
    }

    class Span
    {
        public readonly string $spanId;
        public readonly float $startTimestamp;
        public ?float $endTimestamp = null;
        protected ?SpanRecorder $spanRecorder = null;
        protected array $data = [];

        public function __construct(
            public readonly string $op,
            public readonly string $description,
            public readonly string $traceId,
            public readonly ?string $parentSpanId = null,
            protected ?Transaction $transaction = null, // leak
        ) {
            $this->spanId = bin2hex(random_bytes(8));
            $this->startTimestamp = microtime(true);
            $this->spanRecorder = $transaction?->spanRecorder; // leak
            $this->spanRecorder?->add($this);
        }

        public function startChild(string $op, string $description): Span
        {
            return new Span($op, $description, $this->traceId, $this->spanId, $this->transaction ?? ($this instanceof Transaction ? $this : null));
        }

        public function setData(string $key, mixed $value): void
        {
            $this->data[$key] = $value;
        }

        public function finish(): void
        {
            $this->endTimestamp = microtime(true);
        }

        public function toArray(): array
        {
            return ['span_id' => $this->spanId, 'parent_span_id' => $this->parentSpanId, 'op' => $this->op,
                'description' => $this->description, 'start' => $this->startTimestamp, 'end' => $this->endTimestamp, 'data' => $this->data];
        }
    }

    final class Transaction extends Span
    {
        public function __construct(string $name, string $op, private readonly Transport $transport)
        {
            parent::__construct($op, $name, bin2hex(random_bytes(16)));
            $this->spanRecorder = new SpanRecorder();
        }

        public function finish(): void
        {
            parent::finish();
            $spans = $this->spanRecorder?->getSpans() ?? [];
            $this->transport->send([
                'type' => 'transaction',
                'transaction' => $this->description,
                'trace_id' => $this->traceId,
                'spans' => array_map(static fn (Span $span): array => $span->toArray(), $spans),
            ]);
        }
    }

    final class Transport
    {
        private int $bytes = 0;

        public function send(array $envelope): void
        {
            $this->bytes += strlen(json_encode($envelope, JSON_THROW_ON_ERROR));
        }
    }

    final class Hub
    {
        private static ?self $current = null;
        private ?Span $span = null;

        public static function current(): self
        {
            return self::$current ??= new self();
        }

        public function getSpan(): ?Span
        {
            return $this->span;
        }

        public function setSpan(?Span $span): void
        {
            $this->span = $span;
        }
    }
}

namespace App {

    use Tracing\Hub;
    use Tracing\Transaction;
    use Tracing\Transport;

    final class ShipmentRepository
    {
        public function forOrder(int $orderId): array
        {
            $span = Hub::current()->getSpan()?->startChild('db.sql.query', 'select * from shipments where order_id = ?');
            $rows = [['id' => $orderId * 3, 'carrier' => 'dhl', 'status' => 'in_transit']];
            $span?->setData('db.rows', count($rows));
            $span?->finish();

            return $rows;
        }
    }

    final class CarrierClient
    {
        public function track(string $carrier, int $shipmentId): string
        {
            $span = Hub::current()->getSpan()?->startChild('http.client', "GET https://api.{$carrier}.com/track/{$shipmentId}");
            $span?->setData('http.response.status_code', 200);
            $span?->finish();

            return 'out_for_delivery';
        }
    }

    final class TrackingController
    {
        public function __construct(private readonly ShipmentRepository $shipments, private readonly CarrierClient $carriers)
        {
        }

        public function show(int $orderId): array
        {
            $result = [];
            foreach ($this->shipments->forOrder($orderId) as $shipment) {
                $result[] = ['id' => $shipment['id'], 'live' => $this->carriers->track($shipment['carrier'], $shipment['id'])];
            }

            return $result;
        }
    }

    final class TracingMiddleware
    {
        public function __construct(private readonly Transport $transport)
        {
        }

        public function process(string $method, string $path, \Closure $next): array
        {
            $hub = Hub::current();
            $transaction = new Transaction("{$method} {$path}", 'http.server', $this->transport);
            $hub->setSpan($transaction);

            try {
                return $next();
            } finally {
                $transaction->finish();
                $hub->setSpan(null);
            }
        }
    }

    /** Stand-in for Spiral\RoadRunner\Http\PSR7Worker. */
    final class PSR7WorkerStub
    {
        private int $served = 0;

        public function __construct(private readonly int $limit)
        {
        }

        public function waitRequest(): ?array
        {
            return $this->served < $this->limit ? ['GET', '/orders/' . (10_000 + $this->served++) . '/tracking'] : null;
        }
    }

    $middleware = new TracingMiddleware(new Transport());
    $controller = new TrackingController(new ShipmentRepository(), new CarrierClient());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7WorkerStub($n);
    while (($request = $worker->waitRequest()) !== null) {
        [$method, $path] = $request;
        $orderId = (int) explode('/', $path)[2];
        $middleware->process($method, $path, static fn (): array => $controller->show($orderId));
    }
}
