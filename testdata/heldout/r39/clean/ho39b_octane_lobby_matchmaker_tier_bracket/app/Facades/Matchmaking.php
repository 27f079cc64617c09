<?php

namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Matchmaking\MatchFound|null enqueue(\App\Matchmaking\Ticket $ticket)
 * @method static int waitingCount()
 */
final class Matchmaking extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'matchmaker';
    }
}
