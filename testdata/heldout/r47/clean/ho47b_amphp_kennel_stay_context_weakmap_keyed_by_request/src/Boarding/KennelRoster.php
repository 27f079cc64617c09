<?php

namespace App\Boarding;

final class KennelRoster
{
    /** @var array<string, array{unit: string, size: string, heated: bool}> */
    private array $units = [
        'A1' => ['unit' => 'A1', 'size' => 'large', 'heated' => true],
        'A2' => ['unit' => 'A2', 'size' => 'large', 'heated' => true],
        'B1' => ['unit' => 'B1', 'size' => 'medium', 'heated' => false],
        'B2' => ['unit' => 'B2', 'size' => 'medium', 'heated' => false],
        'C1' => ['unit' => 'C1', 'size' => 'cattery', 'heated' => true],
    ];

    public function unit(string $code): array
    {
        return $this->units[$code] ?? throw new \OutOfBoundsException("No kennel unit {$code}");
    }
}
