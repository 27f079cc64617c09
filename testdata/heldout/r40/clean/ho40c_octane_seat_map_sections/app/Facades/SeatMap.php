<?php

namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static string availability(int $eventId, string $section, string $holdToken)
 */
final class SeatMap extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'seatmap';
    }
}
