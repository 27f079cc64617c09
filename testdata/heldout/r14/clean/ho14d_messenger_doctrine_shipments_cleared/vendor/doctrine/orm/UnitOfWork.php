<?php

namespace Doctrine\ORM;

class UnitOfWork
{
    public const STATE_MANAGED = 1;
    public const STATE_NEW = 2;

    private array $identityMap = [];
    private array $entityIdentifiers = [];
    private array $entityStates = [];
    private array $originalEntityData = [];
    private array $entityInsertions = [];
    private int $sequence = 0;

    public function persist(object $entity): void
    {
        $oid = spl_object_id($entity);
        if (isset($this->entityStates[$oid])) {
            return;
        }

        $this->entityStates[$oid] = self::STATE_NEW;
        $this->entityInsertions[$oid] = $entity;
    }

    public function commit(): void
    {
        foreach ($this->entityInsertions as $oid => $entity) {
            $id = ++$this->sequence;
            $entity->assignId($id);

            $this->entityIdentifiers[$oid] = ['id' => $id];
            $this->entityStates[$oid] = self::STATE_MANAGED;
            $this->originalEntityData[$oid] = get_object_vars($entity);
            $this->identityMap[$entity::class][(string) $id] = $entity;
        }

        $this->entityInsertions = [];
    }

    public function tryGetById(string $id, string $className): object|false
    {
        return $this->identityMap[$className][$id] ?? false;
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->entityIdentifiers = [];
        $this->entityStates = [];
        $this->originalEntityData = [];
        $this->entityInsertions = [];
    }
}
