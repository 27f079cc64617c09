<?php

declare(strict_types=1);

namespace App\Http;

/**
 * Ordered list of `fn (Request $request, callable $next): Response` middleware.
 */
final class MiddlewareStack
{
    /** @var list<callable> */
    private array $stack = [];

    public function pipe(callable $middleware): void
    {
        $this->stack[] = $middleware; // leak
    }

    public function with(callable $middleware): self
    {
        $copy = clone $this;
        $copy->stack[] = $middleware;

        return $copy;
    }

    public function count(): int
    {
        return count($this->stack);
    }

    public function process(Request $request, callable $core): Response
    {
        $runner = new class ($this->stack, $core) {
            private int $index = 0;

            public function __construct(private readonly array $stack, private $core)
            {
            }

            public function __invoke(Request $request): Response
            {
                if (!isset($this->stack[$this->index])) {
                    return ($this->core)($request);
                }
                $middleware = $this->stack[$this->index++];

                return $middleware($request, $this);
            }
        };

        return $runner($request);
    }
}
