<?php
namespace App\Http\Middleware;

use App\Auth\ApiTokenGuard;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class AuthenticateApiToken
{
    public function __construct(private ApiTokenGuard $guard)
    {
    }

    public function handle(Request $request, \Closure $next): Response
    {
        $header = $request->header('Authorization');
        $user = $this->guard->userForToken($header !== null ? substr($header, 7) : null);
        if ($user === null) {
            return new Response('Unauthenticated', 401);
        }
        $request->setUserResolver(static fn () => $user);
        return $next($request);
    }
}
