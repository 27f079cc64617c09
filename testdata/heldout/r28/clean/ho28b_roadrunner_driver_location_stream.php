<?php
declare(strict_types=1);

// RoadRunner worker for the driver app's location stream: every request is
// one GPS ping; pings are smoothed, tracked and batched to the telemetry
// topic that feeds dispatch and ETA models.

namespace Spiral\RoadRunner {
    final class Payload
    {
        public function __construct(public readonly string $body, public readonly string $header = '') {}
    }

    /** Minimal stand-in for Spiral\RoadRunner\Worker fed by the relay. */
    final class Worker
    {
        private int $served = 0;

        public function __construct(private int $limit) {}

        public function waitPayload(): ?Payload
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            $driver = 'drv_' . (2000 + $i % 60);
            $body = json_encode([
                'driver_id' => $driver,
                'trip_id' => $i % 4 === 0 ? null : 'trip_' . (880000 + intdiv($i, 6)),
                'lat' => 52.37 + sin($i / 17) / 50,
                'lng' => 4.89 + cos($i / 23) / 40,
                'heading' => ($i * 37) % 360,
                'speed_kmh' => ($i * 13) % 70,
                'accuracy_m' => 4 + $i % 9,
                'recorded_at_ms' => 1718000000000 + $i * 1000,
                'device' => ['os' => $i % 2 ? 'android 14' : 'ios 17.5', 'app' => 'courier-app/5.31.' . ($i % 4), 'battery' => 100 - $i % 80],
            ]);
            return new Payload($body, json_encode(['x-request-id' => sprintf('%08x-%04x', crc32((string) $i), $i % 65536)]));
        }

        public function respond(Payload $payload): void
        {
        }
    }
}

namespace Fleet\Telemetry {

    use Spiral\RoadRunner\Payload;
    use Spiral\RoadRunner\Worker;

    final class LocationPing
    {
        public function __construct(
            public readonly string $driverId,
            public readonly ?string $tripId,
            public readonly float $lat,
            public readonly float $lng,
            public readonly int $heading,
            public readonly int $speedKmh,
            public readonly int $accuracyM,
            public readonly int $recordedAtMs,
            public readonly array $device,
            public readonly string $requestId,
        ) {}

        public static function fromPayload(Payload $payload): self
        {
            $d = json_decode($payload->body, true, 8, JSON_THROW_ON_ERROR);
            $h = json_decode($payload->header, true) ?: [];
            return new self(
                $d['driver_id'], $d['trip_id'], $d['lat'], $d['lng'], $d['heading'],
                $d['speed_kmh'], $d['accuracy_m'], $d['recorded_at_ms'], $d['device'],
                $h['x-request-id'] ?? '',
            );
        }

        public function withHeading(int $heading): self
        {
            return new self($this->driverId, $this->tripId, $this->lat, $this->lng, $heading,
                $this->speedKmh, $this->accuracyM, $this->recordedAtMs, $this->device, $this->requestId);
        }
    }

    /** Keeps the last few headings per driver to damp GPS jitter. */
    final class HeadingSmoother
    {
        private const WINDOW = 5;

        /** @var array<string, array<int, int>> */
        private array $recent = [];
        /** @var array<string, int> */
        private array $cursor = [];

        public function smooth(LocationPing $ping): LocationPing
        {
            $slot = ($this->cursor[$ping->driverId] ?? 0) % self::WINDOW;
            $this->recent[$ping->driverId][$slot] = $ping->heading;
            $this->cursor[$ping->driverId] = $slot + 1;

            if ($ping->speedKmh < 5) {
                return $ping;
            }
            $x = $y = 0.0;
            foreach ($this->recent[$ping->driverId] as $deg) {
                $x += cos(deg2rad($deg));
                $y += sin(deg2rad($deg));
            }
            return $ping->withHeading(((int) round(rad2deg(atan2($y, $x))) + 360) % 360);
        }
    }

    interface TelemetrySink
    {
        public function isReady(): bool;

        /** @param list<string> $messages */
        public function produce(string $topic, array $messages): void;
    }

    final class KafkaTelemetrySink implements TelemetrySink
    {
        private ?object $producer = null;
        private int $produced = 0;

        public function __construct(private string $brokers, private string $clientId) {}

        public function connect(): void
        {
            $this->producer = (object) ['brokers' => $this->brokers, 'client.id' => $this->clientId];
        }

        public function isReady(): bool
        {
            return $this->producer !== null;
        }

        public function produce(string $topic, array $messages): void
        {
            $this->produced += count($messages);
        }
    }

    /**
     * Buffers pings and ships them in batches. While the sink is not ready
     * pings are kept so that nothing is lost during a broker failover.
     */
    final class PingBatcher
    {
        /** @var list<LocationPing> */
        private array $pending = [];

        public function __construct(
            private TelemetrySink $sink,
            private string $topic,
            private int $batchSize,
        ) {}

        public function add(LocationPing $ping): void
        {
            $this->pending[] = $ping;
            if ($this->shouldFlush()) {
                $this->flush();
            }
        }

        private function shouldFlush(): bool
        {
            return count($this->pending) >= $this->batchSize && $this->sink->isReady();
        }

        public function flush(): void
        {
            if ($this->pending === []) {
                return;
            }
            $messages = array_map(static fn (LocationPing $p) => json_encode([
                'd' => $p->driverId, 't' => $p->tripId, 'p' => [$p->lat, $p->lng],
                'h' => $p->heading, 'v' => $p->speedKmh, 'ts' => $p->recordedAtMs,
            ]), $this->pending);
            $this->sink->produce($this->topic, $messages);
            $this->pending = [];
        }
    }

    final class LocationStreamHandler
    {
        /** @var array<string, int> last ping time per driver of the fleet */
        private array $lastSeen = [];

        public function __construct(
            private HeadingSmoother $smoother,
            private PingBatcher $batcher,
        ) {}

        public function handle(Payload $payload): Payload
        {
            $ping = $this->smoother->smooth(LocationPing::fromPayload($payload));
            $this->lastSeen[$ping->driverId] = $ping->recordedAtMs;
            $this->batcher->add($ping);

            return new Payload(json_encode(['ack' => $ping->requestId, 'heading' => $ping->heading]));
        }
    }

    function boot(array $config): LocationStreamHandler
    {
        $sink = new KafkaTelemetrySink($config['kafka']['brokers'], $config['kafka']['client_id']);
        $sink->connect();

        return new LocationStreamHandler(
            new HeadingSmoother(),
            new PingBatcher($sink, $config['kafka']['topic'], $config['kafka']['batch_size']),
        );
    }

    $config = [
        'kafka' => [
            'brokers' => 'kafka-1:9092,kafka-2:9092',
            'client_id' => 'location-stream-' . getmypid(),
            'topic' => 'driver.locations.v3',
            'batch_size' => 50,
        ],
    ];

    $handler = boot($config);
    $worker = new Worker((int) (getenv('PHPLEAK_N') ?: 100));

    while ($payload = $worker->waitPayload()) {
        $worker->respond($handler->handle($payload));
    }
}
