<?php

declare(strict_types=1);

namespace Logistics\Messenger\Middleware;

interface MiddlewareInterface
{
    /**
     * @param callable(object): void $next
     */
    public function handle(object $message, callable $next): void;
}
