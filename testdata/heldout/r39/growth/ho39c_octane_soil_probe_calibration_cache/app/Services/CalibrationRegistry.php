<?php

namespace App\Services;

final class CalibrationRegistry
{
    /** @var array<string, array> */
    private array $profiles = [];

    public function __construct(private readonly array $curves)
    {
    }

    public function profileFor(string $model, string $serial, string $soilTexture): array
    {
        $key = CalibrationKey::for($model, $serial, $soilTexture);

        return $this->profiles[$key] ??= $this->fit($model, $serial, $soilTexture); // leak
    }

    public function apply(array $profile, float $rawPermittivity): float
    {
        $vwc = 0.0;
        foreach ($profile['coefficients'] as $power => $c) {
            $vwc += $c * ($rawPermittivity ** $power);
        }

        return max(0.0, min(0.6, $vwc + $profile['offset']));
    }

    private function fit(string $model, string $serial, string $soilTexture): array
    {
        $base = $this->curves[$model] ?? $this->curves['generic'];
        $offset = (crc32($serial) % 200 - 100) / 10000;

        return [
            'model' => $model,
            'texture' => $soilTexture,
            'coefficients' => array_map(fn (float $c) => $c * (1 + $offset), $base),
            'offset' => $offset,
            'fitted_at' => date(DATE_ATOM),
            'notes' => sprintf('Fitted %s on %s soil for probe %s against reference gravimetric samples', $model, $soilTexture, $serial),
        ];
    }
}
