<?php

namespace AcmeOrm;

final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    /** @var array<int, array<string, mixed>> */
    private array $originalEntityData = [];

    /** @var array<int, object> */
    private array $scheduledUpdates = [];

    public function tryGetById(string $id, string $class): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function registerManaged(object $entity, string $id, array $data): void
    {
        $class = get_class($entity);
        $this->identityMap[$class][$id] = $entity; // leak
        $this->originalEntityData[spl_object_id($entity)] = $data; // leak
    }

    public function scheduleForUpdate(object $entity): void
    {
        $this->scheduledUpdates[spl_object_id($entity)] = $entity;
    }

    public function commit(Connection $conn, callable $extract): void
    {
        foreach ($this->scheduledUpdates as $oid => $entity) {
            $data = $extract($entity);
            if ($data !== ($this->originalEntityData[$oid] ?? null)) {
                $conn->executeStatement('UPDATE invoice SET status = ? WHERE id = ?', [$data['status'], $data['id']]);
                $this->originalEntityData[$oid] = $data;
            }
        }
        $this->scheduledUpdates = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->originalEntityData = [];
        $this->scheduledUpdates = [];
    }

    public function size(): int
    {
        $n = 0;
        foreach ($this->identityMap as $entities) {
            $n += count($entities);
        }

        return $n;
    }
}
