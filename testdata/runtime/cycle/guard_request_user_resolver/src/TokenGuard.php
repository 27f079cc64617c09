<?php

declare(strict_types=1);

namespace App\Auth;

use Illuminate\Http\Request;

// Made per request by the auth middleware; hands the request a resolver
// for $request->user() and keeps the request to read its token.
final class TokenGuard
{
    private ?array $user = null;

    public function __construct(private readonly Request $request) // leak
    {
        $request->setUserResolver(fn (): ?array => $this->user()); // leak
    }

    public function user(): ?array
    {
        return $this->user ??= ['token' => $this->request->bearerToken(), 'name' => 'api-client'];
    }
}
