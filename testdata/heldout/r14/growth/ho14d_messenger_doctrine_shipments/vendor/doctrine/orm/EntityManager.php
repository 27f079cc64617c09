<?php

namespace Doctrine\ORM;

class EntityManager
{
    private UnitOfWork $unitOfWork;
    private bool $closed = false;

    public function __construct(private readonly string $connectionName)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->persist($entity);
    }

    public function flush(): void
    {
        if ($this->closed) {
            throw new \RuntimeException('The EntityManager is closed.');
        }

        $this->unitOfWork->commit();
    }

    public function find(string $className, int|string $id): ?object
    {
        return $this->unitOfWork->tryGetById((string) $id, $className) ?: null;
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }

    public function isOpen(): bool
    {
        return !$this->closed;
    }
}
