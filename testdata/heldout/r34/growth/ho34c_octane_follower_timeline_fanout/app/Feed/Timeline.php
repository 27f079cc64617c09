<?php

namespace App\Feed;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void prepend(int $userId, array $entry)
 * @method static array latest(int $userId, int $limit)
 */
final class Timeline extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'feed.timelines';
    }
}
