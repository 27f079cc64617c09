<?php

declare(strict_types=1);

namespace App\Services;

final class PickingWave
{
    /** @var list<PickLine> */
    private array $confirmed = [];

    public function __construct(
        public readonly string $id,
        public readonly string $zone,
    ) {
    }

    public function confirm(PickLine $line): int
    {
        $this->confirmed[] = $line;
        return count($this->confirmed);
    }

    public function unitsPicked(): int
    {
        return array_sum(array_map(fn (PickLine $l) => $l->quantity, $this->confirmed));
    }
}
