<?php

declare(strict_types=1);

namespace Billing\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class BearerAuth implements Middleware
{
    public function process(ServerRequest $request, RequestHandler $next): Response
    {
        if (!str_starts_with($request->getHeaderLine('Authorization'), 'Bearer ')) {
            return new Response(401, '{"error":"unauthenticated"}');
        }
        return $next->handle($request->withAttribute('token', substr($request->getHeaderLine('Authorization'), 7)));
    }

    public function appliesTo(string $routeName): bool
    {
        return $routeName !== 'health';
    }
}

final class JsonContentType implements Middleware
{
    public function process(ServerRequest $request, RequestHandler $next): Response
    {
        return $next->handle($request)->withHeader('Content-Type', 'application/json');
    }

    public function appliesTo(string $routeName): bool
    {
        return true;
    }
}
