<?php

declare(strict_types=1);

namespace Doctrine\DBAL;

/** Stand-in for the LIMS database: rows are synthesised from the key. */
final class Connection
{
    private int $lastInsertId = 700000;
    public int $queries = 0;

    public function fetchAssociative(string $table, array $criteria): ?array
    {
        $this->queries++;
        if ($table !== 'specimen') {
            return null;
        }
        $id = (int) $criteria['id'];
        return [
            'id' => $id,
            'barcode' => sprintf('LIMS-%08d', $id),
            'material' => ['serum', 'plasma', 'buffy coat', 'whole blood', 'PBMC'][$id % 5],
            'volume_ul' => 250 + ($id % 8) * 125,
            'parent_id' => $id % 3 === 0 ? null : $id - 1,
            'study' => ['ONC-301', 'CARD-114', 'NEURO-07'][$id % 3],
            'consent_scope' => 'Future research incl. genetic analysis; withdrawal honoured within 30 days',
            'location' => sprintf('FRZ-%02d/shelf-%d/rack-%02d/box-%03d/pos-%02d', 1 + $id % 6, 1 + $id % 5, 1 + $id % 12, 1 + $id % 150, 1 + $id % 81),
            'collected_at' => date('Y-m-d H:i:s', 1700000000 + $id * 600),
        ];
    }

    public function insert(string $table, array $data): int
    {
        $this->queries++;
        return ++$this->lastInsertId;
    }
}

namespace Doctrine\ORM;

use Doctrine\DBAL\Connection;

final class UnitOfWork
{
    /** @var array<class-string, array<int|string, object>> */
    private array $identityMap = [];
    /** @var list<object> */
    private array $scheduledInserts = [];

    public function tryGetById(string $class, int|string $id): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function registerManaged(object $entity, int|string $id): void
    {
        $this->identityMap[$entity::class][$id] = $entity;
    }

    public function scheduleForInsert(object $entity): void
    {
        $this->scheduledInserts[] = $entity;
    }

    /** @return list<object> */
    public function takeScheduledInserts(): array
    {
        [$inserts, $this->scheduledInserts] = [$this->scheduledInserts, []];
        return $inserts;
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInserts = [];
    }
}

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    /** @param array<class-string, array{table: string, hydrate: \Closure, extract: \Closure}> $metadata */
    public function __construct(private readonly Connection $connection, private readonly array $metadata)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function find(string $class, int $id): ?object
    {
        if ($managed = $this->unitOfWork->tryGetById($class, $id)) {
            return $managed;
        }
        $meta = $this->metadata[$class];
        $row = $this->connection->fetchAssociative($meta['table'], ['id' => $id]);
        if ($row === null) {
            return null;
        }
        $entity = ($meta['hydrate'])($row);
        $this->unitOfWork->registerManaged($entity, $id);
        return $entity;
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function flush(): void
    {
        foreach ($this->unitOfWork->takeScheduledInserts() as $entity) {
            $meta = $this->metadata[$entity::class];
            $id = $this->connection->insert($meta['table'], ($meta['extract'])($entity));
            (fn () => $this->id = $id)->call($entity);
            $this->unitOfWork->registerManaged($entity, $id);
        }
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }
}

final class ManagerRegistry
{
    private ?EntityManager $manager = null;

    public function __construct(private readonly \Closure $factory)
    {
    }

    public function getManager(): EntityManager
    {
        return $this->manager ??= ($this->factory)();
    }

    public function resetManager(): void
    {
        $this->manager?->clear();
    }
}
