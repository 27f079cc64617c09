<?php

declare(strict_types=1);

namespace Roadwatch\Stream;

final class BoundingBox
{
    public function __construct(
        public readonly float $south,
        public readonly float $west,
        public readonly float $north,
        public readonly float $east,
    ) {
    }

    public static function parse(string $value): ?self
    {
        $parts = explode(',', $value);
        if (count($parts) !== 4 || array_filter($parts, 'is_numeric') !== $parts) {
            return null;
        }
        [$s, $w, $n, $e] = array_map('floatval', $parts);

        return $s < $n && $w < $e ? new self($s, $w, $n, $e) : null;
    }

    public function contains(float $lat, float $lon): bool
    {
        return $lat >= $this->south && $lat <= $this->north && $lon >= $this->west && $lon <= $this->east;
    }

    public function toArray(): array
    {
        return [$this->south, $this->west, $this->north, $this->east];
    }
}
