<?php

declare(strict_types=1);

namespace Lite\Orm;

final class ManagerRegistry
{
    /** @var array<string, EntityManager> */
    private array $managers = [];

    public function __construct(private readonly string $defaultManager = 'default')
    {
    }

    public function getManager(?string $name = null): EntityManager
    {
        return $this->managers[$name ?? $this->defaultManager] ??= new EntityManager();
    }

    /** @return array<string, EntityManager> */
    public function getManagers(): array
    {
        return $this->managers;
    }
}
