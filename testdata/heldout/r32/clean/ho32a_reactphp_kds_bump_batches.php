<?php

declare(strict_types=1);

// ReactPHP stand-ins: an event loop that delivers the kitchen display's
// socket frames one by one, and a writable stream for the telemetry link.
final class StreamLoop
{
    /** @var list<array{interval: float, due: float, callback: callable}> */
    private array $timers = [];
    /** @var callable|null */
    private $onData = null;

    public function addPeriodicTimer(float $interval, callable $callback): void
    {
        $this->timers[] = ['interval' => $interval, 'due' => microtime(true) + $interval, 'callback' => $callback];
    }

    public function onData(callable $callback): void
    {
        $this->onData = $callback;
    }

    public function run(iterable $frames): void
    {
        foreach ($frames as $frame) {
            ($this->onData)($frame);
            $now = microtime(true);
            foreach ($this->timers as $k => $timer) {
                if ($timer['due'] <= $now) {
                    ($timer['callback'])();
                    $this->timers[$k]['due'] = $now + $timer['interval'];
                }
            }
        }
    }
}

final class TelemetryStream
{
    private int $bytes = 0;
    private int $writes = 0;

    public function write(string $data): bool
    {
        $this->bytes += strlen($data);
        $this->writes++;
        return true;
    }
}

final class BumpEvent
{
    public function __construct(
        public readonly string $ticketId,
        public readonly string $station,
        public readonly string $cook,
        public readonly string $items,
        public readonly float $firedAt,
        public readonly float $bumpedAt,
    ) {
    }

    public static function fromFrame(string $frame): self
    {
        $f = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
        return new self($f['ticket'], $f['station'], $f['cook'], implode('; ', $f['items']), $f['fired'], $f['bumped']);
    }

    public function secondsOnRail(): float
    {
        return $this->bumpedAt - $this->firedAt;
    }
}

final class KitchenTelemetryFeed
{
    /** @var list<array<string, mixed>> */
    private array $pending = [];
    private float $lastFlushAt;

    public function __construct(private TelemetryStream $stream, private float $flushInterval, private int $maxBatch)
    {
        $this->lastFlushAt = microtime(true);
    }

    public function record(BumpEvent $event): void
    {
        $this->pending[] = [
            'ticket' => $event->ticketId,
            'station' => $event->station,
            'cook' => $event->cook,
            'items' => $event->items,
            'rail_seconds' => round($event->secondsOnRail(), 1),
            'late' => $event->secondsOnRail() > 720,
        ];
        $this->maybeFlush();
    }

    private function maybeFlush(): void
    {
        if (count($this->pending) >= $this->maxBatch || microtime(true) - $this->lastFlushAt >= $this->flushInterval) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->stream->write(json_encode(['bumps' => $this->pending]) . "\n");
        $this->pending = [];
        $this->lastFlushAt = microtime(true);
    }
}

function kds_frames(int $count): Generator
{
    $stations = ['grill', 'saute', 'fry', 'pastry', 'garde-manger'];
    $cooks = ['Luis', 'Amara', 'Jin', 'Pavel'];
    $start = 1717261200.0;
    for ($i = 0; $i < $count; $i++) {
        yield json_encode([
            'ticket' => sprintf('KOT-%05d-%d', 20000 + $i, 1 + $i % 3),
            'station' => $stations[$i % 5],
            'cook' => $cooks[$i % 4],
            'items' => [
                sprintf('%dx Duck breast, pink, cherry jus (seat %d)', 1 + $i % 2, 1 + $i % 6),
                sprintf('1x Risotto primavera, no parmesan - vegan table %d', 1 + $i % 30),
                'Allergy: tree nuts; sub pistachio crumb with toasted oats',
                sprintf('Server note: birthday candle on dessert, check %d, pace mains after speeches', 61000 + $i),
            ],
            'fired' => $start + $i * 9.0,
            'bumped' => $start + $i * 9.0 + 300 + ($i * 41) % 700,
        ]);
    }
}

$config = ['telemetry' => ['flush_interval' => 30.0, 'max_batch' => 25]];
$loop = new StreamLoop();
$feed = new KitchenTelemetryFeed(new TelemetryStream(), $config['telemetry']['flush_interval'], $config['telemetry']['max_batch']);
$loop->addPeriodicTimer($config['telemetry']['flush_interval'], [$feed, 'flush']);
$loop->onData(static function (string $frame) use ($feed): void {
    $feed->record(BumpEvent::fromFrame($frame));
});
$loop->run(kds_frames((int) (getenv('PHPLEAK_N') ?: 100)));
