<?php

declare(strict_types=1);

namespace Logistics\Messenger\Middleware;

use Logistics\Persistence\EntityManager;

/**
 * Starts every message with an empty unit of work.
 */
final class ClearEntityManagerMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly EntityManager $entityManager) {}

    public function handle(object $message, callable $next): void
    {
        try {
            $next($message);
        } finally {
            $this->entityManager->clear();
        }
    }
}
