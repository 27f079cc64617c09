<?php

namespace Acme\Hr\OrgChart;

final class OrgUnit
{
    /** @var array<string, Position> */
    private array $positions = [];

    public function __construct(
        public readonly string $costCenter,
        public readonly string $name,
        private ?string $managerCode = null,
    ) {
    }

    public function addPosition(Position $position, bool $isManager = false): self
    {
        $this->positions[$position->code] = $position; // leak
        $position->attachTo($this);
        if ($isManager) {
            $this->managerCode = $position->code;
        }

        return $this;
    }

    public function manager(): ?Position
    {
        return $this->managerCode !== null ? ($this->positions[$this->managerCode] ?? null) : null;
    }

    /** @return list<Position> */
    public function reportsOf(string $code): array
    {
        return array_values(array_filter(
            $this->positions,
            fn (Position $p) => $p->code !== $code,
        ));
    }

    public function headcount(): int
    {
        return count($this->positions);
    }
}
