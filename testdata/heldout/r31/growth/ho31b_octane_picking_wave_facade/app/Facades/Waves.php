<?php

declare(strict_types=1);

namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static array confirmPick(string $waveId, array $input, string $picker)
 * @method static \App\Services\PickingWave wave(string $waveId)
 */
final class Waves extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'waves';
    }
}
