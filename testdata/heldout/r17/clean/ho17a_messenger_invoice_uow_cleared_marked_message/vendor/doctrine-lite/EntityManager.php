<?php

declare(strict_types=1);

namespace DoctrineLite;

final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    private array $scheduledInsertions = [];

    public function registerManaged(object $entity, string $id): void
    {
        $this->identityMap[$entity::class][$id] = $entity;
    }

    public function tryGetById(string $class, string $id): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function scheduleForInsert(object $entity): void
    {
        $this->scheduledInsertions[spl_object_id($entity)] = $entity;
    }

    /** @return list<object> */
    public function takeInsertions(): array
    {
        $pending = array_values($this->scheduledInsertions);
        $this->scheduledInsertions = [];

        return $pending;
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}

final class EntityManager
{
    private UnitOfWork $uow;

    public function __construct()
    {
        $this->uow = new UnitOfWork();
    }

    public function persist(object $entity): void
    {
        $this->uow->scheduleForInsert($entity);
        $this->uow->registerManaged($entity, (string) $entity->getId());
    }

    public function find(string $class, string $id): ?object
    {
        return $this->uow->tryGetById($class, $id);
    }

    public function flush(): void
    {
        $this->uow->takeInsertions(); // INSERT INTO ... would happen here
    }

    public function clear(): void
    {
        $this->uow->clear();
    }
}
