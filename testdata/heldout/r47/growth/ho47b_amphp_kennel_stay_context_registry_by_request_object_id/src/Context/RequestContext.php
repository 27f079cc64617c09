<?php

namespace App\Context;

use Amp\Http\Server\Request;

/**
 * Request-scoped data for handlers that only get the Request. Several
 * requests are in flight at once in one process, so the context is looked
 * up per request object rather than kept in a single "current" slot.
 */
final class RequestContext
{
    /** @var array<int, StayContext> */
    private static array $stays = [];

    public static function attach(Request $request, StayContext $context): void
    {
        self::$stays[spl_object_id($request)] = $context; // leak
    }

    public static function stayOf(Request $request): StayContext
    {
        return self::$stays[spl_object_id($request)] ?? throw new \LogicException('No stay context for request');
    }
}
