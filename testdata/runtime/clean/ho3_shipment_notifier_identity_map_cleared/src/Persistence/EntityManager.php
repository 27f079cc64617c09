<?php

declare(strict_types=1);

namespace Logistics\Persistence;

/**
 * In-house data mapper: loads entities through their class' fromRow() and
 * guarantees one object per row within a unit of work.
 */
final class EntityManager
{
    /** @var array<class-string, array<int, object>> */
    private array $identityMap = [];

    /** @var array<class-string, string> */
    private array $tables;

    /**
     * @param array<class-string, string> $tables
     */
    public function __construct(private readonly Connection $connection, array $tables)
    {
        $this->tables = $tables;
    }

    /**
     * @template T of object
     * @param class-string<T> $class
     * @return T|null
     */
    public function find(string $class, int $id): ?object
    {
        if (isset($this->identityMap[$class][$id])) {
            return $this->identityMap[$class][$id];
        }
        $row = $this->connection->fetchAssociative(sprintf('SELECT * FROM %s WHERE id = ?', $this->tables[$class]), [$id]);
        if ($row === null) {
            return null;
        }
        $entity = $class::fromRow($row);
        $this->identityMap[$class][$id] = $entity;

        return $entity;
    }

    public function contains(object $entity): bool
    {
        return in_array($entity, $this->identityMap[$entity::class] ?? [], true);
    }

    public function clear(): void
    {
        $this->identityMap = [];
    }

    public function getConnection(): Connection
    {
        return $this->connection;
    }

    public function flush(): void
    {
        // dirty checking omitted: entities in this service are read-only
    }
}
