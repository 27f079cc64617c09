<?php

declare(strict_types=1);

namespace Amp\Http\Server;

interface Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
}
