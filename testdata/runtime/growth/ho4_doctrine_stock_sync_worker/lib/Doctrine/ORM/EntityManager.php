<?php

declare(strict_types=1);

namespace Doctrine\ORM;

use Doctrine\DBAL\Connection;
use Doctrine\ORM\Mapping\ClassMetadata;

class EntityManager
{
    private UnitOfWork $unitOfWork;

    /** @var array<class-string, ClassMetadata> */
    private array $metadata = [];

    /** @var array<class-string, EntityRepository> */
    private array $repositories = [];

    public function __construct(private Connection $conn)
    {
        $this->unitOfWork = new UnitOfWork($this);
    }

    public function registerMetadata(ClassMetadata $metadata): void
    {
        $this->metadata[$metadata->name] = $metadata;
    }

    public function getClassMetadata(string $className): ClassMetadata
    {
        return $this->metadata[$className] ?? throw new \InvalidArgumentException("Class {$className} is not a mapped entity.");
    }

    public function getConnection(): Connection
    {
        return $this->conn;
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }

    public function getRepository(string $className): EntityRepository
    {
        return $this->repositories[$className] ??= new EntityRepository($this, $className);
    }

    public function find(string $className, int|string $id): ?object
    {
        $class = $this->getClassMetadata($className);
        if ($entity = $this->unitOfWork->tryGetById((string) $id, $class->rootEntityName)) {
            return $entity;
        }

        $row = $this->conn->fetchAssociative(
            sprintf('SELECT * FROM %s WHERE %s = ?', $class->table, $class->getColumnName($class->identifier)),
            [$id],
        );

        return $row === false ? null : $this->unitOfWork->createEntity($className, $row);
    }

    public function flush(): void
    {
        $this->unitOfWork->commit();
    }

    /**
     * Clears the EntityManager. All entities that are currently managed by this EntityManager become detached.
     */
    public function clear(): void
    {
        $this->unitOfWork->clear();
    }
}
