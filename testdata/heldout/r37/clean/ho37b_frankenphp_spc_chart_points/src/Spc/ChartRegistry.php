<?php

namespace App\Spc;

final class ChartRegistry
{
    /** @var array<string, ControlChart> */
    private array $charts = [];

    public static function fromConfig(array $config): self
    {
        $registry = new self();
        foreach ($config as $characteristic => $limits) {
            $registry->charts[$characteristic] = new ControlChart($characteristic, $limits['center'], $limits['ucl'], $limits['lcl']);
        }

        return $registry;
    }

    public function chart(string $characteristic): ?ControlChart
    {
        return $this->charts[$characteristic] ?? null;
    }
}
