<?php

declare(strict_types=1);

namespace Amp\Http\Server\RequestHandler;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

final class ClosureRequestHandler implements RequestHandler
{
    public function __construct(private \Closure $closure)
    {
    }

    public function handleRequest(Request $request): Response
    {
        return ($this->closure)($request);
    }
}
