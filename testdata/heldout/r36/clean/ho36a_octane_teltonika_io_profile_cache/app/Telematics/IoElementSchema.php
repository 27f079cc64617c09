<?php

namespace App\Telematics;

final class IoElementSchema
{
    /** @param array<int, array{name: string, bytes: int, multiplier: float, unit: string}> $elements */
    public function __construct(
        public readonly string $key,
        public readonly array $elements,
    ) {
    }

    public function decode(int $id, int $raw): ?array
    {
        $element = $this->elements[$id] ?? null;
        if ($element === null) {
            return null;
        }

        return [$element['name'], $raw * $element['multiplier'], $element['unit']];
    }
}
