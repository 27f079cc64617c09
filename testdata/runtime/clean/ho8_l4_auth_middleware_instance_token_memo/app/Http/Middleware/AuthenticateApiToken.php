<?php

namespace App\Http\Middleware;

use App\Auth\ApiUser;
use Closure;
use Illuminate\Http\Request;

class AuthenticateApiToken
{
    private array $resolved = [];

    public function handle(Request $request, Closure $next): mixed
    {
        $token = (string) $request->input('token');
        $request->attributes['user'] = $this->resolved[$token] ??= $this->lookup($token);

        return $next($request);
    }

    public function terminate(Request $request, mixed $response): void
    {
        $this->resolved[$request->input('token')] = $request->attributes['user'];
    }

    private function lookup(string $token): ApiUser
    {
        $id = crc32($token);

        return new ApiUser($id, "user{$id}@example.com", ['orders:read', 'orders:write', str_repeat('team:', 30)]);
    }
}
