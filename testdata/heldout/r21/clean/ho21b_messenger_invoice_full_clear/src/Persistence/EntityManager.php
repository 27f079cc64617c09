<?php

declare(strict_types=1);

namespace App\Persistence;

use SplObjectStorage;

interface Entity
{
    public function getId(): int;

    /** @return array<string, scalar|null> */
    public function toRow(): array;
}

final class UnitOfWork
{
    /** @var array<class-string, array<int, Entity>> */
    private array $identityMap = [];

    /** @var SplObjectStorage<Entity, array<string, scalar|null>> */
    private SplObjectStorage $originalData;
    private SplObjectStorage $scheduledUpdates;

    public function __construct()
    {
        $this->originalData = new SplObjectStorage();
        $this->scheduledUpdates = new SplObjectStorage();
    }

    public function tryGetById(string $class, int $id): ?Entity
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function registerManaged(Entity $entity): void
    {
        $this->identityMap[$entity::class][$entity->getId()] = $entity;
        $this->originalData->attach($entity, $entity->toRow());
    }

    public function computeChangeSets(): void
    {
        foreach ($this->originalData as $entity) {
            if ($entity->toRow() !== $this->originalData[$entity]) {
                $this->scheduledUpdates->attach($entity);
            }
        }
    }

    /** @return list<Entity> */
    public function commit(): array
    {
        $this->computeChangeSets();
        $written = [];
        foreach ($this->scheduledUpdates as $entity) {
            $this->originalData[$entity] = $entity->toRow();
            $written[] = $entity;
        }
        $this->scheduledUpdates = new SplObjectStorage();

        return $written;
    }

    public function clear(?string $entityClass = null): void
    {
        if ($entityClass === null) {
            $this->identityMap = [];
            $this->originalData = new SplObjectStorage();
            $this->scheduledUpdates = new SplObjectStorage();

            return;
        }

        foreach ($this->identityMap[$entityClass] ?? [] as $entity) {
            $this->originalData->detach($entity);
            $this->scheduledUpdates->detach($entity);
        }
        unset($this->identityMap[$entityClass]);
    }
}

final class EntityManager
{
    /** @param array<class-string, \Closure(int): array<string, scalar|null>> $loaders */
    public function __construct(private readonly UnitOfWork $unitOfWork, private readonly array $loaders) {}

    /** @param class-string<Entity> $class */
    public function find(string $class, int $id): Entity
    {
        if ($managed = $this->unitOfWork->tryGetById($class, $id)) {
            return $managed;
        }
        $entity = $class::fromRow(($this->loaders[$class])($id));
        $this->unitOfWork->registerManaged($entity);

        return $entity;
    }

    public function flush(): int
    {
        return count($this->unitOfWork->commit());
    }

    public function clear(?string $entityClass = null): void
    {
        $this->unitOfWork->clear($entityClass);
    }
}
