<?php

declare(strict_types=1);

namespace App\Http;

use App\Auth\PrincipalResolver;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

final class AuthMiddleware
{
    public function __construct(private readonly PrincipalResolver $principals)
    {
    }

    public function __invoke(ServerRequest $request, callable $next): Response
    {
        if (!str_starts_with($request->getHeaderLine('Authorization'), 'Bearer ')) {
            return Response::json(['error' => 'unauthenticated'], 401);
        }
        if (!$this->principals->principalFor($request)->can('profile:read')) {
            return Response::json(['error' => 'forbidden'], 403);
        }

        return $next($request);
    }
}
