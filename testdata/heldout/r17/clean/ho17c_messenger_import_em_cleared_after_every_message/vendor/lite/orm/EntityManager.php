<?php

declare(strict_types=1);

namespace Lite\Orm;

/**
 * Minimal stand-in of a Doctrine-style entity manager: persisted entities
 * stay managed (identity map) until clear() detaches them.
 */
class EntityManager
{
    /** @var array<class-string, array<int, object>> */
    private array $identityMap = [];

    /** @var list<object> */
    private array $scheduledInserts = [];

    private int $nextId = 1;

    public function persist(object $entity): void
    {
        $this->scheduledInserts[] = $entity;
    }

    public function flush(): void
    {
        foreach ($this->scheduledInserts as $entity) {
            if (method_exists($entity, 'assignId')) {
                $entity->assignId($this->nextId++);
            }
            $this->identityMap[$entity::class][$entity->getId()] = $entity;
        }
        $this->scheduledInserts = [];
    }

    public function find(string $class, int $id): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInserts = [];
    }
}
