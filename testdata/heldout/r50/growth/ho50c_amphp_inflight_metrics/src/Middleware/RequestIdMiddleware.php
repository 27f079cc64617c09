<?php

namespace App\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

final class RequestIdMiddleware implements Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $id = $request->getHeader('x-request-id') ?? bin2hex(random_bytes(8));
        $request->setAttribute('request_id', $id);
        $response = $requestHandler->handleRequest($request);
        $response->setHeader('x-request-id', $id);

        return $response;
    }
}
