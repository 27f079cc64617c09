<?php

declare(strict_types=1);

namespace Doctrine\ORM;

/** Stand-in for the ORM: rows come from an in-memory "database", entities live in the identity map until clear(). */
class EntityManager
{
    /** @var array<class-string, array<int|string, object>> */
    private array $identityMap = [];

    /** @var list<object> */
    private array $scheduledInsertions = [];

    private int $nextId = 1;

    /** @param \Closure(class-string, int|string): ?array $rowSource */
    public function __construct(private \Closure $rowSource)
    {
    }

    public function find(string $class, int|string $id): ?object
    {
        if (isset($this->identityMap[$class][$id])) {
            return $this->identityMap[$class][$id];
        }

        $row = ($this->rowSource)($class, $id);
        if ($row === null) {
            return null;
        }

        return $this->identityMap[$class][$id] = $class::fromRow($row);
    }

    /** Sequence-generated ids: the entity enters the identity map as soon as it is persisted. */
    public function persist(object $entity): void
    {
        $entity->id ??= $this->nextId++;
        $this->identityMap[$entity::class][$entity->id] = $entity;
        $this->scheduledInsertions[] = $entity;
    }

    public function flush(): void
    {
        // INSERT ... for each scheduled entity
        $this->scheduledInsertions = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}

namespace Doctrine\Persistence;

use Doctrine\ORM\EntityManager;

class ManagerRegistry
{
    /** @param array<string, EntityManager> $managers */
    public function __construct(private array $managers, private string $defaultManager = 'default')
    {
    }

    public function getManager(?string $name = null): EntityManager
    {
        return $this->managers[$name ?? $this->defaultManager];
    }

    /** @return array<string, EntityManager> */
    public function getManagers(): array
    {
        return $this->managers;
    }
}
