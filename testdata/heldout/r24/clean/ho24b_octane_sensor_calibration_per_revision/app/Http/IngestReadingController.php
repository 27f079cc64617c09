<?php

declare(strict_types=1);

namespace App\Http;

use App\Enums\SensorModel;
use App\Facades\Calibration;
use Laravel\Octane\RequestContext;

final class IngestReadingController
{
    public function __invoke(RequestContext $request): array
    {
        $body = $request->json;
        $model = SensorModel::tryFrom((string) ($body['model'] ?? '')) ?? throw new \InvalidArgumentException('unknown sensor model');
        $trim = ['offset' => $body['trim']['offset'] ?? 0.0, 'gain' => $body['trim']['gain'] ?? 1.0];

        $out = [];
        foreach ($body['samples'] as $channel => $raw) {
            $out[$channel] = Calibration::calibrate($model, (string) $body['fw'], (string) $body['serial'], $trim, (float) $raw);
        }

        return ['serial' => $body['serial'], 'calibrated' => $out, 'received_at' => $request->headers['x-received-at']];
    }
}
