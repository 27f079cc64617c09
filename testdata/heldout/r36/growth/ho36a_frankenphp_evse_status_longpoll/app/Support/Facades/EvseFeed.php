<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static string subscribe(string $evseUid, \Closure $listener)
 * @method static void unsubscribe(string $evseUid, string $token)
 * @method static void record(string $evseUid, string $status, int $changedAt)
 * @method static void deliverSince(string $evseUid, int $since)
 */
final class EvseFeed extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'ocpi.evse-feed';
    }
}
