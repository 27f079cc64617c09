<?php

declare(strict_types=1);

/*
 * Telemetry consumer daemon (php-mqtt/client style): subscribes to
 * "tele/+/sensors" once and runs the client loop for the life of the process.
 */

final class MqttMessage
{
    public function __construct(
        public readonly string $topic,
        public readonly string $payload,
        public readonly int $qos,
    ) {
    }
}

final class MqttClient
{
    /** @var array<string, callable> */
    private array $subscriptions = [];
    private int $delivered = 0;

    public function __construct(private string $host, private int $port, private string $clientId)
    {
    }

    public function subscribe(string $filter, callable $callback, int $qos = 0): void
    {
        $this->subscriptions[$filter] = $callback;
    }

    /** Stand-in for the socket loop: the broker pushes $max messages. */
    public function loop(int $max): void
    {
        while ($this->delivered < $max) {
            $n = $this->delivered++;
            $device = sprintf('esp32-%06d', 1000 + $n);
            $payload = json_encode([
                'ts' => 1_700_000_000 + $n * 15,
                'fw' => '2.3.' . ($n % 4),
                'rssi' => -40 - $n % 50,
                'sensors' => [
                    ['kind' => 'temperature', 'unit' => 'C', 'value' => 21.5 + ($n % 30) / 10],
                    ['kind' => 'humidity', 'unit' => '%', 'value' => 45 + $n % 20],
                    ['kind' => 'co2', 'unit' => 'ppm', 'value' => 420 + $n % 300],
                    ['kind' => 'illuminance', 'unit' => 'lx', 'value' => 100 + $n % 900],
                ],
            ]);
            foreach ($this->subscriptions as $filter => $callback) {
                $callback("tele/$device/sensors", $payload, 1);
            }
        }
    }
}

final class SensorReading
{
    /** @var WeakReference<TelemetryBatch>|null */
    private ?WeakReference $batch = null;

    public function __construct(
        public readonly string $kind,
        public readonly string $unit,
        public readonly float $value,
        public readonly string $label,
    ) {
    }

    /** @param WeakReference<TelemetryBatch> $batch */
    public function setBatch(WeakReference $batch): void
    {
        $this->batch = $batch;
    }

    public function deviceId(): string
    {
        return $this->batch?->get()?->deviceId ?? 'unknown';
    }
}

final class ReadingCollection implements IteratorAggregate, Countable
{
    /** @var list<SensorReading> */
    private array $items = [];

    /** @var WeakReference<TelemetryBatch> */
    private WeakReference $owner;

    public function __construct(TelemetryBatch $owner)
    {
        $this->owner = WeakReference::create($owner);
    }

    public function add(SensorReading $reading): void
    {
        $reading->setBatch($this->owner);
        $this->items[] = $reading;
    }

    public function getIterator(): ArrayIterator
    {
        return new ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}

final class TelemetryBatch
{
    public readonly ReadingCollection $readings;

    public function __construct(
        public readonly string $deviceId,
        public readonly int $timestamp,
        public readonly string $firmware,
    ) {
        $this->readings = new ReadingCollection($this);
    }
}

final class TelemetryBatchFactory
{
    public function fromMessage(string $topic, string $payload): TelemetryBatch
    {
        [, $deviceId] = explode('/', $topic, 3);
        $data = json_decode($payload, true, 8, JSON_THROW_ON_ERROR);

        $batch = new TelemetryBatch($deviceId, (int) $data['ts'], (string) $data['fw']);
        foreach ($data['sensors'] as $s) {
            $batch->readings->add(new SensorReading(
                $s['kind'],
                $s['unit'],
                (float) $s['value'],
                sprintf('%s.%s[%s]', $deviceId, $s['kind'], $s['unit']),
            ));
        }

        return $batch;
    }
}

final class RollingAverages
{
    /** @var array<string, array{sum: float, n: int}> */
    private array $byKind = [];

    public function record(TelemetryBatch $batch): void
    {
        foreach ($batch->readings as $reading) {
            $slot = &$this->byKind[$reading->kind];
            $slot ??= ['sum' => 0.0, 'n' => 0];
            $slot['sum'] += $reading->value;
            $slot['n']++;
            unset($slot);
        }
    }
}

final class TelemetryConsumer
{
    public function __construct(
        private TelemetryBatchFactory $factory,
        private RollingAverages $averages,
    ) {
    }

    public function onMessage(string $topic, string $payload, int $qos): void
    {
        $batch = $this->factory->fromMessage($topic, $payload);
        if (count($batch->readings) === 0) {
            return;
        }
        $this->averages->record($batch);
    }
}

$client = new MqttClient('mqtt.home.lan', 1883, 'telemetry-consumer-1');
$consumer = new TelemetryConsumer(new TelemetryBatchFactory(), new RollingAverages());
$client->subscribe('tele/+/sensors', [$consumer, 'onMessage'], 1);

$client->loop((int) (getenv('PHPLEAK_N') ?: 100));
