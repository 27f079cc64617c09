<?php

declare(strict_types=1);

namespace App\Context;

use Nyholm\Psr7\ServerRequest;

/**
 * Associates request-scoped data with a request instance without mutating the immutable request.
 */
final class RequestContextStore
{
    private \SplObjectStorage $contexts;

    public function __construct()
    {
        $this->contexts = new \SplObjectStorage();
    }

    public function for(ServerRequest $request): RequestContext
    {
        if (!$this->contexts->contains($request)) {
            $this->contexts->attach($request, new RequestContext()); // leak
        }

        return $this->contexts[$request];
    }

    public function has(ServerRequest $request): bool
    {
        return $this->contexts->contains($request);
    }
}
