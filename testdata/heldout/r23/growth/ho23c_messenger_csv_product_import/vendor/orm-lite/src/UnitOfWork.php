<?php

declare(strict_types=1);

namespace OrmLite;

final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    /** @var list<object> */
    private array $scheduledInsertions = [];

    public function __construct(private readonly ClassMetadataFactory $metadata)
    {
    }

    public function scheduleForInsert(object $entity): void
    {
        $meta = $this->metadata->getMetadataFor($entity::class);
        $id = $meta->getIdentifierValue($entity);

        $this->identityMap[$meta->name][$id] = $entity; // leak
        $this->scheduledInsertions[] = $entity; // leak
    }

    public function size(): int
    {
        return count($this->scheduledInsertions);
    }

    /** @return list<object> */
    public function takeInsertions(): array
    {
        $batch = $this->scheduledInsertions;
        $this->scheduledInsertions = [];

        return $batch;
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}
