<?php

declare(strict_types=1);

namespace App\Auth;

use Illuminate\Http\Request;

final class TokenGuard
{
    private ?User $user = null;
    private bool $resolved = false;

    public function __construct(
        private readonly UserProvider $provider,
        private readonly Request $request,
    ) {
    }

    public function user(): ?User
    {
        if (!$this->resolved) {
            $token = $this->request->bearerToken();
            $this->user = $token !== null ? $this->provider->retrieveByToken($token) : null;
            $this->resolved = true;
        }

        return $this->user;
    }

    public function check(): bool
    {
        return $this->user() !== null;
    }
}
