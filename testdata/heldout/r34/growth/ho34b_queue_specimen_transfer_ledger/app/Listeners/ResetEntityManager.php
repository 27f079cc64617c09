<?php

declare(strict_types=1);

namespace App\Listeners;

use Doctrine\ORM\ManagerRegistry;

/** Detach everything the last job loaded, so the next one starts from the database. */
final class ResetEntityManager
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public function handle(object $event): void
    {
        $this->registry->resetManager();
    }
}
