<?php

declare(strict_types=1);

namespace App\Http;

use App\Auth\GuardFactory;
use Closure;
use Lite\Http\Request;
use Lite\Http\Response;

final class Authenticate
{
    public function __construct(private GuardFactory $guards)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $guard = $this->guards->forRequest($request);
        if (!$guard->check()) {
            return new Response('{"message":"Unauthenticated."}', 401, ['Content-Type' => 'application/json']);
        }
        $request->attributes['guard'] = $guard;

        return $next($request);
    }
}
