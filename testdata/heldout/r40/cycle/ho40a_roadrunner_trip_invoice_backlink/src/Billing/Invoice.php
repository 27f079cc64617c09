<?php

namespace App\Billing;

use App\Trip\Trip;

final class Invoice
{
    /** @var array<int, array{code: string, description: string, amount: int}> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        private Trip $trip, // leak
        public readonly string $currency,
    ) {
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
        return $this->trip;
    }

    public function toArray(): array
    {
        return [
            'number' => $this->number,
            'trip' => $this->trip->id,
            'currency' => $this->currency,
            'total' => $this->totalCents(),
            'lines' => $this->lines,
        ];
    }
}
