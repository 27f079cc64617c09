<?php

namespace App\Http;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

final class AuthenticateSiteUser implements Middleware
{
    public function handleRequest(Request $request, RequestHandler $next): Response
    {
        $token = $request->getHeader('authorization');
        if ($token === null || !str_starts_with($token, 'Bearer ')) {
            return new Response(401);
        }
        $request->setAttribute('user', substr($token, 7));
        return $next->handleRequest($request);
    }
}
