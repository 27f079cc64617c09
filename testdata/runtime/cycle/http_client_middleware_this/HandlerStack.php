<?php

final class HandlerStack
{
    /** @var list<array{0: callable, 1: string}> */
    private array $stack = [];

    public function push(callable $middleware, string $name): void
    {
        $this->stack[] = [$middleware, $name]; // leak
    }

    public function resolve(callable $handler): callable
    {
        foreach (array_reverse($this->stack) as [$middleware]) {
            $handler = $middleware($handler);
        }
        return $handler;
    }
}
