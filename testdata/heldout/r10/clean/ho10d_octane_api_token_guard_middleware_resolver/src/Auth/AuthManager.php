<?php

declare(strict_types=1);

namespace App\Auth;

use Illuminate\Container\Container;

final class AuthManager
{
    /** @var array<string, TokenGuard> */
    private array $guards = [];

    public function __construct(private readonly Container $app, private readonly UserProvider $provider)
    {
    }

    public function guard(string $name = 'api'): TokenGuard
    {
        return $this->guards[$name] ??= $this->createGuard();
    }

    public function forgetGuards(): void
    {
        $this->guards = [];
    }

    private function createGuard(): TokenGuard
    {
        return new TokenGuard($this->provider, $this->app->make('request'));
    }
}
