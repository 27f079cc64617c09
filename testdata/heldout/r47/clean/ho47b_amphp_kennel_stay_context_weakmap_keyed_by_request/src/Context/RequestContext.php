<?php

namespace App\Context;

use Amp\Http\Server\Request;
use WeakMap;

/**
 * Request-scoped data for handlers that only get the Request. Several
 * requests are in flight at once in one process, so the context is looked
 * up per request object rather than kept in a single "current" slot. The
 * map holds the requests weakly: an entry goes when the server drops its
 * request.
 */
final class RequestContext
{
    /** @var WeakMap<Request, StayContext>|null */
    private static ?WeakMap $stays = null;

    public static function attach(Request $request, StayContext $context): void
    {
        self::$stays ??= new WeakMap();
        self::$stays[$request] = $context;
    }

    public static function stayOf(Request $request): StayContext
    {
        return self::$stays[$request] ?? throw new \LogicException('No stay context for request');
    }
}
