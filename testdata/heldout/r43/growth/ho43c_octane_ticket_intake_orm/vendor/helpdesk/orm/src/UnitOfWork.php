<?php

namespace Helpdesk\Orm;

final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    /** @var array<int, object> */
    private array $scheduledInsertions = [];

    private int $nextInsertId = 1000;

    public function scheduleForInsert(object $entity): void
    {
        $this->scheduledInsertions[spl_object_id($entity)] = $entity;
    }

    public function registerManaged(object $entity, string $class, string $idHash): void
    {
        $this->identityMap[$class][$idHash] = $entity; // leak
    }

    public function tryGetById(string $class, string $idHash): ?object
    {
        return $this->identityMap[$class][$idHash] ?? null;
    }

    /** @return list<object> */
    public function commit(): array
    {
        $written = [];
        foreach ($this->scheduledInsertions as $entity) {
            if (method_exists($entity, 'assignId') && $entity->getId() === null) {
                $entity->assignId(++$this->nextInsertId);
            }
            $written[] = $entity;
        }
        $this->scheduledInsertions = [];

        return $written;
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }

    public function clear(?string $class = null): void
    {
        if ($class === null) {
            $this->identityMap = [];
            $this->scheduledInsertions = [];
            return;
        }
        unset($this->identityMap[$class]);
    }
}
