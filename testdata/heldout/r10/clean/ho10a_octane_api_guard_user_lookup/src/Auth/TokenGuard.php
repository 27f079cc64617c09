<?php

declare(strict_types=1);

namespace App\Auth;

use Closure;
use Lite\Http\Request;

final class Lazy
{
    private bool $resolved = false;
    private mixed $value = null;

    public function __construct(
        private readonly Closure $factory,
    ) {
    }

    public function get(): mixed
    {
        if (!$this->resolved) {
            $this->value = ($this->factory)();
            $this->resolved = true;
        }

        return $this->value;
    }
}

final class TokenGuard
{
    private ?Lazy $user = null;

    public function __construct(
        private readonly UserProvider $provider,
        private readonly string $token,
    ) {
        $this->setUserResolver($this->makeUserResolver());
    }

    public function setUserResolver(Closure $resolver): void
    {
        $this->user = new Lazy($resolver);
    }

    public function user(): ?User
    {
        return $this->user->get();
    }

    public function check(): bool
    {
        return $this->user() !== null;
    }

    public function hasRole(string $role): bool
    {
        return in_array($role, $this->user()?->roles ?? [], true);
    }

    private function makeUserResolver(): Closure
    {
        $provider = $this->provider;
        $token = $this->token;

        return static fn (): ?User => $provider->retrieveByToken($token);
    }
}

final class GuardFactory
{
    public function __construct(private UserProvider $provider)
    {
    }

    public function forRequest(Request $request): TokenGuard
    {
        $header = $request->headers['Authorization'] ?? '';
        $token = str_starts_with($header, 'Bearer ') ? substr($header, 7) : '';

        return new TokenGuard($this->provider, $token);
    }
}
