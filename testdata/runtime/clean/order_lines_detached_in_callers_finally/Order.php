<?php

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(public readonly string $number) {}

    public function addLine(string $description, int $cents, int $quantity): OrderLine
    {
        return $this->lines[] = new OrderLine($this, $description, $cents, $quantity);
    }

    public function total(): int
    {
        $total = 0;
        foreach ($this->lines as $line) {
            if ($line->quantity === 0) {
                throw new InvalidArgumentException("empty line in {$this->number}");
            }
            $total += $line->cents * $line->quantity;
        }
        return $total;
    }

    public function detachLines(): void
    {
        foreach ($this->lines as $line) {
            $line->order = null;
        }
        $this->lines = [];
    }
}
