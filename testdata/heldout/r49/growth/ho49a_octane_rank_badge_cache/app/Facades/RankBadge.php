<?php

namespace App\Facades;

use App\Services\RankBadgeService;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Services\PlayerCard cardFor(int $playerId, string $handle, string $region, int $rating)
 * @method static string badge(\App\Services\PlayerCard $card)
 */
final class RankBadge extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RankBadgeService::class;
    }
}
