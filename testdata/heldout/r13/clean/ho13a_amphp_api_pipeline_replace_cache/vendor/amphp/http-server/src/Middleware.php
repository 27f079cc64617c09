<?php

namespace Amp\Http\Server;

interface Middleware
{
    /** @param \Closure(Request): Response $next */
    public function handleRequest(Request $request, \Closure $next): Response;
}
