<?php

namespace App\Routing;

use Octane\Stub\Facade;

/**
 * @method static RoutingDecision route(InboundTicket $ticket)
 */
final class Router extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return TicketRouter::class;
    }
}
