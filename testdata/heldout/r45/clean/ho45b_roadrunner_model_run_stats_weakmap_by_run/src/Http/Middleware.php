<?php

namespace Nwp\Api\Http;

use Closure;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

interface Middleware
{
    /** @param Closure(ServerRequestInterface): ResponseInterface $next */
    public function process(ServerRequestInterface $request, Closure $next): ResponseInterface;
}
