<?php

declare(strict_types=1);

namespace App\Messenger;

use Doctrine\ORM\EntityManager;

/**
 * Detaches all entities once a message has been handled, so the next message starts from a fresh unit of work.
 */
final class ClearEntityManagerListener
{
    public function __construct(private EntityManager $entityManager)
    {
    }

    public function __invoke(object $message, ?\Throwable $error): void
    {
        $this->entityManager->clear();
    }
}
