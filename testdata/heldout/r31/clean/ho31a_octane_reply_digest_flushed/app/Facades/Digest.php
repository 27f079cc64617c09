<?php

namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static void queue(\App\Notifications\ReplyNotification $notification)
 * @method static int flush()
 */
final class Digest extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'notifications.digest';
    }
}
