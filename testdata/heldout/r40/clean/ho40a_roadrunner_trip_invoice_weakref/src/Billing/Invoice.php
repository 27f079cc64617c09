<?php

namespace App\Billing;

use App\Trip\Trip;

final class Invoice
{
    /** @var array<int, array{code: string, description: string, amount: int}> */
    private array $lines = [];

    /** @var \WeakReference<Trip> the trip owns its invoice, not the other way round */
    private \WeakReference $trip;

    public function __construct(
        public readonly string $number,
        Trip $trip,
        public readonly string $currency,
    ) {
        $this->trip = \WeakReference::create($trip);
    }

    public function addLine(string $code, string $description, int $amountCents): void
    {
        $this->lines[] = ['code' => $code, 'description' => $description, 'amount' => $amountCents];
    }

    public function totalCents(): int
    {
        return array_sum(array_column($this->lines, 'amount'));
    }

    public function trip(): Trip
    {
        return $this->trip->get() ?? throw new \LogicException("Trip of invoice {$this->number} is gone");
    }

    public function toArray(): array
    {
        return [
            'number' => $this->number,
            'trip' => $this->trip()->id,
            'currency' => $this->currency,
            'total' => $this->totalCents(),
            'lines' => $this->lines,
        ];
    }
}
