<?php

declare(strict_types=1);

namespace Doctrine\Persistence;

use Doctrine\ORM\EntityManagerInterface;

/**
 * Minimal stand-in for doctrine/persistence's registry.
 */
class ManagerRegistry
{
    /** @param array<string, EntityManagerInterface> $managers */
    public function __construct(private array $managers, private string $defaultName = 'default')
    {
    }

    public function getManager(?string $name = null): EntityManagerInterface
    {
        return $this->managers[$name ?? $this->defaultName];
    }

    /** @return array<string, EntityManagerInterface> */
    public function getManagers(): array
    {
        return $this->managers;
    }
}
