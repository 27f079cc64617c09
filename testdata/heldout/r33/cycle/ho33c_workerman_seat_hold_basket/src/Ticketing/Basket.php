<?php

namespace Venue\Ticketing;

class Basket
{
    /** @var array<string, SeatHold> */
    private array $holds = [];

    /** @param class-string<SeatHold> $holdClass */
    public function __construct(
        public readonly string $id,
        public readonly string $eventCode,
        public readonly string $customerEmail,
        private readonly string $holdClass = SeatHold::class,
    ) {
    }

    public function hold(string $section, string $seat, int $priceCents, \DateTimeImmutable $until): SeatHold
    {
        $hold = new $this->holdClass($this, $section, $seat, $priceCents, $until);
        $this->holds[$section . '/' . $seat] = $hold; // leak

        return $hold;
    }

    public function release(string $section, string $seat): void
    {
        unset($this->holds[$section . '/' . $seat]);
    }

    public function totalCents(): int
    {
        return array_sum(array_map(fn (SeatHold $h) => $h->priceCents, $this->holds));
    }

    /** @return list<string> */
    public function tokens(): array
    {
        return array_map(fn (SeatHold $h) => $h->token, array_values($this->holds));
    }
}
