<?php

namespace App\Services;

final class CalibrationKey
{
    public const SOIL_TEXTURES = ['sand', 'loam', 'silt_loam', 'clay_loam', 'clay'];

    /**
     * Calibration curves are fitted per probe: factory offsets differ from
     * one serial to the next, so the serial is part of the key.
     */
    public static function for(string $model, string $serial, string $soilTexture): string
    {
        $texture = in_array($soilTexture, self::SOIL_TEXTURES, true) ? $soilTexture : 'loam';

        return sprintf('%s/%s/%s', strtoupper($model), $texture, self::normaliseSerial($serial));
    }

    private static function normaliseSerial(string $serial): string
    {
        return strtoupper(preg_replace('/[^A-Za-z0-9]/', '', $serial));
    }
}
