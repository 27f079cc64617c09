<?php

declare(strict_types=1);

namespace App\Context;

use Nyholm\Psr7\ServerRequest;

/**
 * Associates request-scoped data with a request instance without mutating the immutable request.
 */
final class RequestContextStore
{
    /** @var \WeakMap<ServerRequest, RequestContext> */
    private \WeakMap $contexts;

    public function __construct()
    {
        $this->contexts = new \WeakMap();
    }

    public function for(ServerRequest $request): RequestContext
    {
        return $this->contexts[$request] ??= new RequestContext();
    }

    public function has(ServerRequest $request): bool
    {
        return isset($this->contexts[$request]);
    }
}
