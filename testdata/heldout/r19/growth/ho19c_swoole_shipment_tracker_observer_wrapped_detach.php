<?php

declare(strict_types=1);

namespace App\Logistics\Tracking;

use SplObjectStorage;
use SplObserver;
use SplSubject;
use Throwable;

final class TrackingLog
{
    private int $failures = 0;

    public function failure(string $observer, Throwable $e): void
    {
        $this->failures++;
    }
}

final class ShipmentStatus
{
    public function __construct(
        public readonly string $trackingNumber,
        public readonly string $status,
        public readonly string $location,
        public readonly int $occurredAt,
    ) {
    }
}

/** Keeps one observer failing from stopping the others. */
final class GuardedObserver implements SplObserver
{
    public function __construct(
        private readonly SplObserver $inner,
        private readonly TrackingLog $log,
    ) {
    }

    public function update(SplSubject $subject): void
    {
        try {
            $this->inner->update($subject);
        } catch (Throwable $e) {
            $this->log->failure($this->inner::class, $e);
        }
    }
}

/** Worker-wide subject: carrier webhooks are pushed through it. */
final class ShipmentTracker implements SplSubject
{
    private SplObjectStorage $observers;
    private ?ShipmentStatus $last = null;

    public function __construct(private readonly TrackingLog $log)
    {
        $this->observers = new SplObjectStorage();
    }

    public function attach(SplObserver $observer): void
    {
        $this->observers->attach($this->guard($observer)); // leak
    }

    public function detach(SplObserver $observer): void
    {
        $this->observers->detach($observer);
    }

    public function notify(): void
    {
        foreach ($this->observers as $observer) {
            $observer->update($this);
        }
    }

    public function push(ShipmentStatus $status): void
    {
        $this->last = $status;
        $this->notify();
    }

    public function last(): ?ShipmentStatus
    {
        return $this->last;
    }

    private function guard(SplObserver $observer): SplObserver
    {
        return $observer instanceof GuardedObserver ? $observer : new GuardedObserver($observer, $this->log);
    }
}

/** Watches one shipment while its delivery-SLA job runs. */
final class DeliverySlaObserver implements SplObserver
{
    /** @var list<string> */
    public array $timeline = [];

    public function __construct(
        private readonly string $trackingNumber,
        private readonly int $deadline,
        private readonly array $recipient,
    ) {
    }

    public function update(SplSubject $subject): void
    {
        $status = $subject instanceof ShipmentTracker ? $subject->last() : null;
        if ($status === null || $status->trackingNumber !== $this->trackingNumber) {
            return;
        }
        $this->timeline[] = sprintf('%s @ %s (%s)', $status->status, $status->location, date('c', $status->occurredAt));
    }

    public function breached(int $now): bool
    {
        $delivered = array_filter($this->timeline, static fn (string $line): bool => str_starts_with($line, 'delivered'));

        return $now > $this->deadline && $delivered === [];
    }
}

final class CheckDeliverySlaJob
{
    public function __construct(
        public readonly string $trackingNumber,
        public readonly int $promisedBy,
        public readonly array $recipient,
    ) {
    }
}

final class CheckDeliverySlaHandler
{
    public int $breaches = 0;

    public function __construct(private readonly ShipmentTracker $tracker)
    {
    }

    public function handle(CheckDeliverySlaJob $job): void
    {
        $observer = new DeliverySlaObserver($job->trackingNumber, $job->promisedBy, $job->recipient);
        $this->tracker->attach($observer);

        try {
            $this->tracker->push(new ShipmentStatus($job->trackingNumber, 'out_for_delivery', 'Depot 7, Rotterdam', $job->promisedBy - 3600));
            if ($observer->breached($job->promisedBy + 60)) {
                $this->breaches++;
            }
        } finally {
            $this->tracker->detach($observer);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracker = new ShipmentTracker(new TrackingLog());
$handler = new CheckDeliverySlaHandler($tracker);

for ($i = 0; $i < $n; $i++) {
    $handler->handle(new CheckDeliverySlaJob(
        sprintf('NL%010dX', 4200000 + $i),
        1_700_000_000 + $i * 90,
        ['name' => "Recipient {$i}", 'street' => "Keizersgracht {$i}", 'city' => 'Amsterdam', 'phone' => '+3120' . (5550000 + $i)],
    ));
}
