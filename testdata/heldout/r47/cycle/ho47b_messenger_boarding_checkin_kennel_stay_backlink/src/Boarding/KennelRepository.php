<?php

namespace App\Boarding;

/** Reads kennel rows; each find() hydrates a fresh entity from the row. */
final class KennelRepository
{
    public function __construct(private array $rows)
    {
    }

    public function find(string $code): Kennel
    {
        $row = $this->rows[$code] ?? throw new \OutOfBoundsException("Unknown kennel {$code}");
        return Kennel::fromRow($row);
    }
}
