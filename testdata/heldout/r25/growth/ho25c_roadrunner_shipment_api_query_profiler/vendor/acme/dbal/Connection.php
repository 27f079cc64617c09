<?php

namespace Acme\DBAL;

interface Middleware
{
    /** @param \Closure(string, array): array $next */
    public function wrap(string $sql, array $params, \Closure $next): array;
}

final class Connection
{
    /** @var list<Middleware> */
    private array $middlewares = [];

    public function __construct(private array $params)
    {
    }

    public function setMiddlewares(array $middlewares): void
    {
        $this->middlewares = $middlewares;
    }

    public function fetchAllAssociative(string $sql, array $params = []): array
    {
        $next = fn (string $sql, array $params): array => $this->driverQuery($sql, $params);
        foreach (array_reverse($this->middlewares) as $middleware) {
            $inner = $next;
            $next = static fn (string $sql, array $params): array => $middleware->wrap($sql, $params, $inner);
        }

        return $next($sql, $params);
    }

    private function driverQuery(string $sql, array $params): array
    {
        $id = (int) ($params['id'] ?? $params[0] ?? 0);

        return [['id' => $id, 'carrier' => 'dhl', 'status' => 'in_transit', 'updated_at' => '2024-01-01 00:00:00']];
    }
}
