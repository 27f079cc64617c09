<?php

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static bool has(string $channel, string $eventId)
 * @method static void remember(string $channel, string $eventId, string $signature, string $payload)
 */
class WebhookLedger extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'webhooks.ledger';
    }
}
