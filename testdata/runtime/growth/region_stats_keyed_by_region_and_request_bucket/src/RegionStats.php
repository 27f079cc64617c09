<?php

final class Region
{
    public function __construct(public readonly string $code, public readonly string $name)
    {
    }
}

final class RegionStats
{
    /** @var array<string, Region> */
    private array $regions = [];

    /** @var array<string, string> */
    private array $last = [];

    /** @param array<string, array{name: string}> $config */
    public function __construct(array $config)
    {
        foreach ($config as $code => $region) {
            $this->regions[$code] = new Region($code, $region['name']);
        }
    }

    /** @return list<Region> */
    public function regions(): array
    {
        return array_values($this->regions);
    }

    public function record(Region $region, string $bucket, string $request): void
    {
        $this->last[$region->code . '/' . $bucket] = $request; // leak
    }
}
