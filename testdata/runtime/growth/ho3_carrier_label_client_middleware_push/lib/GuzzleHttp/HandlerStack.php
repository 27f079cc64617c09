<?php

declare(strict_types=1);

namespace GuzzleHttp;

use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

/**
 * Composes a handler with an ordered list of middleware.
 */
final class HandlerStack
{
    /** @var callable(Request, array): Response */
    private $handler;

    /** @var list<array{0: callable, 1: string}> */
    private array $stack = [];

    /** @var callable|null */
    private $cached = null;

    /**
     * @param callable(Request, array): Response $handler
     */
    public function __construct(callable $handler)
    {
        $this->handler = $handler;
    }

    public function push(callable $middleware, string $name = ''): void
    {
        $this->stack[] = [$middleware, $name]; // leak
        $this->cached = null;
    }

    public function unshift(callable $middleware, string $name = ''): void
    {
        array_unshift($this->stack, [$middleware, $name]);
        $this->cached = null;
    }

    public function remove(string $name): void
    {
        $this->stack = array_values(array_filter($this->stack, static fn (array $entry): bool => $entry[1] !== $name));
        $this->cached = null;
    }

    public function __invoke(Request $request, array $options): Response
    {
        $this->cached ??= $this->resolve();

        return ($this->cached)($request, $options);
    }

    private function resolve(): callable
    {
        $prev = $this->handler;
        foreach (array_reverse($this->stack) as [$middleware]) {
            $prev = $middleware($prev);
        }

        return $prev;
    }
}
