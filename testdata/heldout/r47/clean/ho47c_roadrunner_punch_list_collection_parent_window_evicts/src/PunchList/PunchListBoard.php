<?php

namespace App\PunchList;

/** Live board shown on the site office TV; one collection per configured area. */
final class PunchListBoard
{
    /** @var array<string, PunchItemCollection> */
    private array $areas = [];

    public function __construct(array $areas, int $window)
    {
        foreach ($areas as $area) {
            $this->areas[$area] = new PunchItemCollection($area, $window);
        }
    }

    public function area(string $area): PunchItemCollection
    {
        return $this->areas[$area] ?? throw new \DomainException("Unknown area {$area}");
    }
}
