<?php

declare(strict_types=1);

// --- revolt/event-loop + amphp stand-ins ---------------------------------

final class EventLoop
{
    private static ?SplQueue $microtasks = null;

    public static function queue(Closure $callback, mixed ...$args): void
    {
        (self::$microtasks ??= new SplQueue())->enqueue([$callback, $args]);
    }

    public static function run(): void
    {
        while (self::$microtasks !== null && !self::$microtasks->isEmpty()) {
            [$callback, $args] = self::$microtasks->dequeue();
            $callback(...$args);
        }
    }
}

function async(Closure $closure, mixed ...$args): void
{
    EventLoop::queue($closure, ...$args);
}

// --- match input telemetry -----------------------------------------------

final class TelemetrySample
{
    public function __construct(
        public readonly string $sampleId,
        public readonly string $matchId,
        public readonly string $playerId,
        public readonly string $axis,
        public readonly float $value,
        public readonly int $tick,
        public readonly string $device,
    ) {
    }

    public function toTsv(): string
    {
        return implode("\t", [$this->sampleId, $this->matchId, $this->playerId, $this->axis, $this->value, $this->tick, $this->device]);
    }
}

final class InputFrame
{
    private const AXES = ['move_x', 'move_y', 'fire'];

    /** @param array{float, float, float} $axes */
    public function __construct(
        public readonly string $matchId,
        public readonly string $playerId,
        public readonly int $tick,
        private readonly array $axes,
        private readonly string $device,
    ) {
    }

    /** @return Generator<int, TelemetrySample> */
    public function samples(): Generator
    {
        foreach (self::AXES as $i => $axis) {
            yield new TelemetrySample("{$this->matchId}/{$this->playerId}/{$this->tick}/{$axis}", $this->matchId, $this->playerId, $axis, $this->axes[$i], $this->tick, $this->device);
        }
    }
}

interface TelemetrySink
{
    /** @param list<TelemetrySample> $batch */
    public function send(array $batch): void;
}

final class ClickHouseHttpSink implements TelemetrySink
{
    private int $rowsSent = 0;
    private int $bytesSent = 0;

    public function __construct(private readonly string $table)
    {
    }

    public function send(array $batch): void
    {
        $body = "INSERT INTO {$this->table} FORMAT TabSeparated\n"
            . implode("\n", array_map(static fn (TelemetrySample $s): string => $s->toTsv(), $batch));
        $this->rowsSent += count($batch);
        $this->bytesSent += strlen($body);
    }
}

final class BatchingTelemetryWriter
{
    /** @var list<TelemetrySample> */
    private array $pending = [];

    public function __construct(
        private readonly TelemetrySink $sink,
        private readonly int $batchSize,
    ) {
    }

    public function write(InputFrame $frame): void
    {
        foreach ($frame->samples() as $sample) {
            $this->pending[] = $sample;
        }

        if (count($this->pending) >= $this->batchSize) {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $batch = $this->pending;
        $this->pending = [];
        $this->sink->send($batch);
    }
}

final class InputStreamHandler
{
    public function __construct(private readonly BatchingTelemetryWriter $writer)
    {
    }

    public function onFrame(string $payload): void
    {
        $data = json_decode($payload, true, 4, JSON_THROW_ON_ERROR);
        $frame = new InputFrame(
            (string) $data['m'],
            (string) $data['p'],
            (int) $data['t'],
            [(float) $data['a'][0], (float) $data['a'][1], (float) $data['a'][2]],
            (string) ($data['d'] ?? 'kbm'),
        );

        async(fn () => $this->writer->write($frame));
    }
}

$handler = new InputStreamHandler(new BatchingTelemetryWriter(new ClickHouseHttpSink('match_input_v3'), 100));

$devices = ['kbm', 'dualsense', 'xinput'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->onFrame(json_encode([
        'm' => sprintf('match-%s-%05d', ['eu', 'na', 'as'][$i % 3], 300 + intdiv($i, 40)),
        'p' => sprintf('player:%d:%s', $i % 10, substr(md5((string) ($i % 10)), 0, 12)),
        't' => 128 * $i,
        'a' => [sin($i / 7), cos($i / 11), $i % 9 === 0 ? 1.0 : 0.0],
        'd' => $devices[$i % 10 % 3] . '/fw-' . (2 + $i % 3) . '.' . ($i % 17),
    ], JSON_THROW_ON_ERROR));
    EventLoop::run();
}
