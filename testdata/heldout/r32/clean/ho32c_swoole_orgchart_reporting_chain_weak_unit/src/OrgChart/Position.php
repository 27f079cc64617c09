<?php

namespace Acme\Hr\OrgChart;

final class Position
{
    /** @var WeakReference<OrgUnit>|null */
    private ?\WeakReference $unit = null;

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
        // The unit owns its positions; a position only needs to find its unit
        // while the unit is alive, so it keeps a weak reference.
        $this->unit = \WeakReference::create($unit);
    }

    public function unit(): ?OrgUnit
    {
        return $this->unit?->get();
    }

    public function toArray(): array
    {
        return [
            'code' => $this->code,
            'title' => $this->title,
            'holder' => ['id' => $this->holderId, 'name' => $this->holderName],
            'grade' => $this->grade,
            'unit' => $this->unit()?->name,
        ];
    }
}
