<?php

declare(strict_types=1);

namespace Billing\Domain;

interface DomainEvent
{
    public function aggregateId(): string;
}

abstract class AggregateRoot
{
    /** @var list<DomainEvent> */
    private array $recorded = [];
    private int $version = 0;

    /** @param class-string<DomainEvent> $eventClass */
    protected function recordThat(string $eventClass, mixed ...$payload): void
    {
        $event = new $eventClass($this->id(), ...$payload);
        $this->apply($event);
        $this->recorded[] = $event;
    }

    /** @return list<DomainEvent> */
    public function releaseEvents(): array
    {
        [$events, $this->recorded] = [$this->recorded, []];
        $this->version += count($events);

        return $events;
    }

    public function version(): int
    {
        return $this->version;
    }

    abstract public function id(): string;

    abstract protected function apply(DomainEvent $event): void;
}

final class SubscriptionRenewed implements DomainEvent
{
    public function __construct(
        private readonly string $subscriptionId,
        public readonly string $plan,
        public readonly string $periodEnd,
    ) {
    }

    public function aggregateId(): string
    {
        return $this->subscriptionId;
    }
}

final class InvoiceIssued implements DomainEvent
{
    public function __construct(
        private readonly string $subscriptionId,
        public readonly string $invoiceNumber,
        public readonly int $amountCents,
        public readonly array $lines,
    ) {
    }

    public function aggregateId(): string
    {
        return $this->subscriptionId;
    }
}

final class Subscription extends AggregateRoot
{
    private string $periodEnd = '';

    public function __construct(
        private readonly string $id,
        private readonly string $plan,
        private readonly int $monthlyCents,
    ) {
    }

    public function id(): string
    {
        return $this->id;
    }

    public function renew(\DateTimeImmutable $now): void
    {
        $end = $now->modify('+1 month')->format('Y-m-d');
        $this->recordThat(SubscriptionRenewed::class, $this->plan, $end);
        $this->recordThat(InvoiceIssued::class, 'INV-' . strtoupper(substr(md5($this->id . $end), 0, 10)), $this->monthlyCents, [
            ['description' => "{$this->plan} plan, period ending {$end}", 'amount' => $this->monthlyCents],
            ['description' => 'VAT 21%', 'amount' => intdiv($this->monthlyCents * 21, 100)],
        ]);
    }

    protected function apply(DomainEvent $event): void
    {
        if ($event instanceof SubscriptionRenewed) {
            $this->periodEnd = $event->periodEnd;
        }
    }
}
