<?php

declare(strict_types=1);

namespace GuzzleHttp;

use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

class HandlerStack
{
    /** @var list<array{callable, string}> */
    private array $stack = [];

    private ?\Closure $cached = null;

    /** @var callable(Request, array<string, mixed>): Response */
    private $handler;

    public function __construct(callable $handler)
    {
        $this->handler = $handler;
    }

    public static function create(callable $handler): self
    {
        return new self($handler);
    }

    public function push(callable $middleware, string $name = ''): void
    {
        $this->stack[] = [$middleware, $name]; // leak
        $this->cached = null;
    }

    public function resolve(): \Closure
    {
        if ($this->cached === null) {
            $prev = $this->handler;
            foreach (array_reverse($this->stack) as [$middleware]) {
                $prev = $middleware($prev);
            }
            $this->cached = \Closure::fromCallable($prev);
        }

        return $this->cached;
    }

    /** @param array<string, mixed> $options */
    public function __invoke(Request $request, array $options): Response
    {
        return ($this->resolve())($request, $options);
    }
}
