<?php

namespace App\Telematics;

final class DeviceProfileRepository
{
    /**
     * @param array<string, array<int, array>> $modelMaps
     * @param array<string, array<string, array<int, array>>> $deviceOverrides
     */
    public function __construct(
        private readonly array $modelMaps,
        private readonly array $deviceOverrides,
    ) {
    }

    /** Name of the IO profile a device reports with. */
    public function profileFor(string $imei): string
    {
        $override = $this->deviceOverrides[$imei] ?? null;

        return $override !== null ? key($override) . '@' . $imei : 'default';
    }

    /** @return array<int, array{name: string, bytes: int, multiplier: float, unit: string}> */
    public function elementsFor(string $model, string $imei): array
    {
        $rows = $this->modelMaps[$model] ?? [];
        foreach ($this->deviceOverrides[$imei] ?? [] as $extra) {
            $rows = $extra + $rows;
        }
        $elements = [];
        foreach ($rows as $id => [$name, $bytes, $multiplier, $unit]) {
            $elements[$id] = ['name' => $name, 'bytes' => $bytes, 'multiplier' => (float) $multiplier, 'unit' => $unit];
        }

        return $elements;
    }
}
