<?php

declare(strict_types=1);

namespace Doctrine\ORM;

/**
 * Minimal stand-in for doctrine/orm: only what the application below uses.
 */
final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    /** @var array<int, object> */
    private array $scheduledInsertions = [];

    public function scheduleForInsert(object $entity): void
    {
        $this->scheduledInsertions[spl_object_id($entity)] = $entity;
    }

    public function commit(): void
    {
        foreach ($this->scheduledInsertions as $entity) {
            $this->identityMap[$entity::class][(string) $entity->getId()] = $entity; // leak
        }
        $this->scheduledInsertions = [];
    }

    public function tryGetById(string $id, string $class): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}

interface EntityManagerInterface
{
    public function persist(object $entity): void;

    public function flush(): void;

    public function find(string $className, string $id): ?object;

    public function clear(): void;
}

final class EntityManager implements EntityManagerInterface
{
    private UnitOfWork $unitOfWork;

    public function __construct()
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function flush(): void
    {
        $this->unitOfWork->commit();
    }

    public function find(string $className, string $id): ?object
    {
        return $this->unitOfWork->tryGetById($id, $className);
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }
}
