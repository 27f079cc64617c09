<?php

declare(strict_types=1);

namespace Logistics\Messenger\Middleware;

use Logistics\Persistence\EntityManager;

final class TransactionMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly EntityManager $entityManager) {}

    public function handle(object $message, callable $next): void
    {
        $connection = $this->entityManager->getConnection();
        $connection->beginTransaction();
        try {
            $next($message);
            $this->entityManager->flush();
            $connection->commit();
        } catch (\Throwable $e) {
            $connection->rollBack();
            throw $e;
        }
    }
}
