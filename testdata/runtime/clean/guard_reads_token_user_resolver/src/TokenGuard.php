<?php

declare(strict_types=1);

namespace App\Auth;

use Illuminate\Http\Request;

// Made per request by the auth middleware; hands the request a resolver
// for $request->user() and keeps only the request's token.
final class TokenGuard
{
    private ?array $user = null;

    private readonly string $token;

    public function __construct(Request $request)
    {
        $this->token = $request->bearerToken();
        $request->setUserResolver(fn (): ?array => $this->user());
    }

    public function user(): ?array
    {
        return $this->user ??= ['token' => $this->token, 'name' => 'api-client'];
    }
}
