<?php

namespace App\Middleware;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class JsonBodyMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        if (!str_starts_with($request->getHeaderLine('Content-Type'), 'application/json')) {
            return $handler->handle($request);
        }
        $data = json_decode((string) $request->getBody(), true);
        if (!is_array($data)) {
            return new Response(400, ['Content-Type' => 'application/json'], '{"error":"malformed JSON"}');
        }

        return $handler->handle($request->withParsedBody($data));
    }
}
