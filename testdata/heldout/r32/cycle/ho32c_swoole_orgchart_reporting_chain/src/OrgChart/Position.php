<?php

namespace Acme\Hr\OrgChart;

final class Position
{
    private ?OrgUnit $unit = null;

    public function __construct(
        public readonly string $code,
        public readonly string $title,
        public readonly int $holderId,
        public readonly string $holderName,
        public readonly string $grade,
    ) {
    }

    public function attachTo(OrgUnit $unit): void
    {
        $this->unit = $unit; // leak
    }

    public function unit(): ?OrgUnit
    {
        return $this->unit;
    }

    public function toArray(): array
    {
        return [
            'code' => $this->code,
            'title' => $this->title,
            'holder' => ['id' => $this->holderId, 'name' => $this->holderName],
            'grade' => $this->grade,
            'unit' => $this->unit?->name,
        ];
    }
}
