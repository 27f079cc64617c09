<?php
// Stripped-down doctrine/orm: an entity manager over a unit of work with an identity map.

namespace Doctrine\ORM;

class UnitOfWork
{
    /** @var array<class-string, array<int|string, object>> */
    private array $identityMap = [];
    /** @var array<int, object> */
    private array $scheduledInsertions = [];

    public function persist(object $entity): void { $this->scheduledInsertions[spl_object_id($entity)] = $entity; }
    public function tryGetById(int|string $id, string $class): ?object { return $this->identityMap[$class][$id] ?? null; }

    public function commit(): void
    {
        foreach ($this->scheduledInsertions as $entity) {
            $this->identityMap[$entity::class][$entity->getId()] = $entity;
        }
        $this->scheduledInsertions = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}

class EntityManager
{
    private UnitOfWork $unitOfWork;

    public function __construct() { $this->unitOfWork = new UnitOfWork(); }
    public function find(string $class, int|string $id): ?object { return $this->unitOfWork->tryGetById($id, $class); }
    public function persist(object $entity): void { $this->unitOfWork->persist($entity); }
    public function flush(): void { $this->unitOfWork->commit(); }
    public function clear(): void { $this->unitOfWork->clear(); }
}
