<?php

namespace App\Facades;

use OctaneLite\Facade;

/**
 * @method static array profileFor(string $model, string $serial, string $soilTexture)
 * @method static float apply(array $profile, float $rawPermittivity)
 */
final class Calibration extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'soil.calibration';
    }
}
