<?php

declare(strict_types=1);

namespace Tiny\ORM;

/**
 * Tracks managed entities by identity and the changes waiting to be flushed.
 */
final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    /** @var array<int, object> */
    private array $scheduledInsertions = [];

    /** @var array<int, array<string, mixed>> */
    private array $originalData = [];

    public function registerManaged(object $entity, string $id, array $data): void
    {
        $this->identityMap[$entity::class][$id] = $entity;
        $this->originalData[spl_object_id($entity)] = $data;
    }

    public function tryGetById(string $id, string $class): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function scheduleForInsert(object $entity): void
    {
        $this->scheduledInsertions[spl_object_id($entity)] = $entity;
    }

    /** @return array<int, object> */
    public function takeScheduledInsertions(): array
    {
        $scheduled = $this->scheduledInsertions;
        $this->scheduledInsertions = [];

        return $scheduled;
    }

    public function forgetOriginalData(object $entity): void
    {
        unset($this->originalData[spl_object_id($entity)]);
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
        $this->originalData = [];
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }
}
