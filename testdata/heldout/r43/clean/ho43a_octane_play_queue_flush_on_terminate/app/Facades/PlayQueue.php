<?php

namespace App\Facades;

use App\Queue\PlayQueueStore;
use Illuminate\Support\Facades\Facade;

/**
 * @method static int push(string $key, \App\Queue\QueuedTrack $track)
 * @method static \App\Queue\QueuedTrack|null peek(string $key)
 * @method static void flushAll()
 */
final class PlayQueue extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return PlayQueueStore::class;
    }
}
