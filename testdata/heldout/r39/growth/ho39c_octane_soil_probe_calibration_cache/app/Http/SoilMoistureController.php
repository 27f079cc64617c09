<?php

namespace App\Http;

use App\Facades\Calibration;
use OctaneLite\Request;

final class SoilMoistureController
{
    private const SUPPORTED_MODELS = ['TEROS-12', 'SM150', 'EC-5', 'generic'];

    public function store(Request $request): array
    {
        $model = (string) $request->input('model', 'generic');
        if (!in_array($model, self::SUPPORTED_MODELS, true)) {
            $model = 'generic';
        }

        $profile = Calibration::profileFor(
            $model,
            (string) $request->input('probe_serial'),
            (string) $request->input('soil_texture', 'loam'),
        );

        $depths = [];
        foreach ((array) $request->input('depths', []) as $depthCm => $raw) {
            $depths[$depthCm] = round(Calibration::apply($profile, (float) $raw), 4);
        }

        return ['status' => 201, 'field' => $request->input('field_id'), 'vwc' => $depths];
    }
}
