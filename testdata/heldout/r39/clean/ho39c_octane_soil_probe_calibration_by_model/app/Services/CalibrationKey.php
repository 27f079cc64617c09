<?php

namespace App\Services;

final class CalibrationKey
{
    public const SOIL_TEXTURES = ['sand', 'loam', 'silt_loam', 'clay_loam', 'clay'];

    /**
     * Calibration curves are fitted per probe model and soil texture; the
     * serial only selects the factory offset, which is applied per reading
     * and is deliberately not part of the key.
     */
    public static function for(string $model, string $serial, string $soilTexture): string
    {
        $texture = in_array($soilTexture, self::SOIL_TEXTURES, true) ? $soilTexture : 'loam';

        return sprintf('%s/%s', strtoupper($model), $texture);
    }

    public static function serialOffset(string $serial): float
    {
        $normalised = strtoupper(preg_replace('/[^A-Za-z0-9]/', '', $serial));

        return (crc32($normalised) % 200 - 100) / 10000;
    }
}
