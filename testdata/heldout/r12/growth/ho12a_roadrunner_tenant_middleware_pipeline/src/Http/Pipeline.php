<?php

declare(strict_types=1);

namespace App\Http;

/** Minimal middleware pipeline: each stage is fn(ServerRequest, callable $next): Response. */
final class Pipeline
{
    /** @var list<callable(ServerRequest, callable): Response> */
    private array $stages = [];

    public function pipe(callable $stage): void
    {
        $this->stages[] = $stage; // leak
    }

    public function with(callable $stage): self
    {
        $clone = clone $this;
        $clone->stages[] = $stage;

        return $clone;
    }

    public function handle(ServerRequest $request, callable $core): Response
    {
        $next = $core;
        foreach (array_reverse($this->stages) as $stage) {
            $next = static fn (ServerRequest $r): Response => $stage($r, $next);
        }

        return $next($request);
    }
}
