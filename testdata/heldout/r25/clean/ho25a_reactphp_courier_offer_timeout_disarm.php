<?php

declare(strict_types=1);

// ReactPHP dispatch service: every new delivery job is offered to the nearest
// courier, who has 45 seconds to accept before the offer moves on.

final class TimerHandle
{
    public function __construct(public readonly int $id, public readonly float $dueAt)
    {
    }
}

/** Minimal stand-in for React\EventLoop\LoopInterface. */
final class EventLoop
{
    private int $nextId = 1;
    private float $now = 0.0;
    /** @var array<int, array{TimerHandle, callable}> */
    private array $timers = [];

    public function addTimer(float $interval, callable $callback): TimerHandle
    {
        $timer = new TimerHandle($this->nextId++, $this->now + $interval);
        $this->timers[$timer->id] = [$timer, $callback];

        return $timer;
    }

    public function cancelTimer(TimerHandle $timer): void
    {
        unset($this->timers[$timer->id]);
    }

    public function advanceTo(float $now): void
    {
        $this->now = $now;
        foreach ($this->timers as $id => [$timer, $callback]) {
            if ($timer->dueAt <= $now) {
                unset($this->timers[$id]);
                $callback($timer);
            }
        }
    }
}

trait SchedulesTimeouts
{
    private ?TimerHandle $timeoutTimer = null;
    private ?Closure $timeoutHandler = null;

    abstract protected function loop(): EventLoop;

    protected function armTimeout(float $seconds, string $method): void
    {
        $this->timeoutHandler = $this->{$method}(...);
        $this->timeoutTimer = $this->loop()->addTimer($seconds, $this->timeoutHandler);
    }

    protected function disarmTimeout(): void
    {
        if ($this->timeoutTimer !== null) {
            $this->loop()->cancelTimer($this->timeoutTimer);
            $this->timeoutTimer = null;
        }
        // the handler is bound to $this: drop it with the timer
        $this->timeoutHandler = null;
    }
}

final class CourierOffer
{
    use SchedulesTimeouts;

    private string $state = 'new';

    /** @param array{lat: float, lng: float, address: string} $pickup */
    public function __construct(
        public readonly string $jobId,
        public readonly string $courierId,
        public readonly array $pickup,
        public readonly string $dropoffAddress,
        public readonly int $feeMinor,
        public readonly string $instructions,
        private readonly EventLoop $loop,
        private readonly CourierDispatcher $dispatcher,
    ) {
    }

    protected function loop(): EventLoop
    {
        return $this->loop;
    }

    public function send(): void
    {
        $this->state = 'offered';
        $this->armTimeout(45.0, 'expire');
    }

    public function accept(): void
    {
        $this->settle('accepted');
    }

    public function decline(string $reason): void
    {
        $this->settle('declined:' . $reason);
    }

    private function expire(TimerHandle $timer): void
    {
        $this->timeoutTimer = null;
        $this->settle('expired');
    }

    private function settle(string $outcome): void
    {
        if ($this->state !== 'offered') {
            return;
        }
        $this->disarmTimeout();
        $this->state = $outcome;
        $this->dispatcher->offerSettled($this, $outcome);
    }
}

final class CourierDispatcher
{
    /** @var array<string, CourierOffer> open offers by job id */
    private array $open = [];
    /** @var array<string, int> */
    private array $outcomes = [];

    public function __construct(private readonly EventLoop $loop)
    {
    }

    /** @param array<string, mixed> $job */
    public function offer(array $job, string $courierId): CourierOffer
    {
        $offer = new CourierOffer(
            $job['id'],
            $courierId,
            $job['pickup'],
            $job['dropoff'],
            $job['fee'],
            $job['notes'],
            $this->loop,
            $this,
        );
        $this->open[$offer->jobId] = $offer;
        $offer->send();

        return $offer;
    }

    public function offerSettled(CourierOffer $offer, string $outcome): void
    {
        unset($this->open[$offer->jobId]);
        $kind = strstr($outcome, ':', true) ?: $outcome;
        $this->outcomes[$kind] = ($this->outcomes[$kind] ?? 0) + 1;
    }

    public function courierReplied(string $jobId, bool $accepted): void
    {
        $offer = $this->open[$jobId] ?? null;
        if ($offer === null) {
            return;
        }
        $accepted ? $offer->accept() : $offer->decline('too_far');
    }
}

// Process start.
$loop = new EventLoop();
$dispatcher = new CourierDispatcher($loop);
$couriers = ['cr_0142', 'cr_0177', 'cr_0203', 'cr_0291', 'cr_0315'];
$streets = ['Keizersgracht', 'Ferdinand Bolstraat', 'Javastraat', 'Overtoom', 'Haarlemmerdijk'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // A job arrives on the jobs websocket...
    $job = [
        'id' => sprintf('job_%s_%06d', gmdate('ymd', 1_718_000_000 + $i * 40), $i),
        'pickup' => [
            'lat' => 52.35 + ($i % 40) / 1000,
            'lng' => 4.86 + ($i % 55) / 1000,
            'address' => sprintf('%s %d, Amsterdam', $streets[$i % 5], 1 + ($i * 7) % 300),
        ],
        'dropoff' => sprintf('%s %d-%s, Amsterdam', $streets[($i + 2) % 5], 1 + ($i * 13) % 300, chr(65 + $i % 4)),
        'fee' => 450 + ($i % 9) * 35,
        'notes' => $i % 3 === 0 ? 'Ring twice, third floor, leave with neighbour if no answer' : 'Contactless delivery, order ' . strtoupper(dechex(0xBEEF00 + $i)),
    ];
    $dispatcher->offer($job, $couriers[$i % 5]);

    // ...and the courier app answers a few seconds later.
    $loop->advanceTo($i * 40 + 8.0);
    $dispatcher->courierReplied($job['id'], $i % 4 !== 3);
    $loop->advanceTo($i * 40 + 39.0);
}
