<?php

declare(strict_types=1);

namespace Illuminate\Http;

use Closure;

// Stand-in for Laravel's request: user() calls the resolver a guard set.
class Request
{
    protected ?Closure $userResolver = null;

    public function __construct(public readonly array $headers, public readonly string $body)
    {
    }

    public function setUserResolver(Closure $callback): static
    {
        $this->userResolver = $callback; // leak

        return $this;
    }

    public function user(): mixed
    {
        return $this->userResolver ? ($this->userResolver)() : null;
    }

    public function bearerToken(): string
    {
        return substr($this->headers['authorization'] ?? '', 7);
    }
}
