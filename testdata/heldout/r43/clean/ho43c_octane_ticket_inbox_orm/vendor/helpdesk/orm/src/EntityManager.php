<?php

namespace Helpdesk\Orm;

class EntityManager
{
    private UnitOfWork $unitOfWork;

    public function __construct(private readonly string $connectionName = 'helpdesk')
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function flush(): void
    {
        foreach ($this->unitOfWork->commit() as $entity) {
            $this->unitOfWork->registerManaged($entity, $entity::class, (string) $entity->getId());
        }
    }

    public function find(string $class, int $id): ?object
    {
        return $this->unitOfWork->tryGetById($class, (string) $id);
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }

    public function getConnectionName(): string
    {
        return $this->connectionName;
    }
}
