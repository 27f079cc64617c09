<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Auth\AuthManager;
use App\Auth\User;
use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class Authenticate
{
    public function __construct(private readonly AuthManager $auth)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $request->setUserResolver(fn (): ?User => $this->auth->guard()->user());

        if (!$this->auth->guard()->check()) {
            return new JsonResponse(['message' => 'Unauthenticated.'], 401);
        }

        return $next($request);
    }
}
