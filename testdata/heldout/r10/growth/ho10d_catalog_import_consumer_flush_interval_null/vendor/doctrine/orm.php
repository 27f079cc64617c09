<?php

declare(strict_types=1);

namespace Doctrine\ORM;

final class Connection
{
    public int $statements = 0;

    public function executeStatement(string $sql, array $params): int
    {
        $this->statements++;

        return 1;
    }
}

/**
 * Tiny unit of work: new entities are kept in the identity map and the
 * insertion queue until flush(); clear() detaches everything.
 */
final class EntityManager
{
    /** @var array<string, array<string, object>> */
    private array $identityMap = [];
    /** @var array<int, object> */
    private array $scheduledInsertions = [];
    private int $nextOid = 0;

    public function __construct(private readonly Connection $connection)
    {
    }

    public function persist(object $entity): void
    {
        $class = $entity::class;
        $id = method_exists($entity, 'getIdentifier') ? $entity->getIdentifier() : (string) ++$this->nextOid;
        if (isset($this->identityMap[$class][$id])) {
            return;
        }
        $this->identityMap[$class][$id] = $entity; // leak
        $this->scheduledInsertions[] = $entity; // leak
    }

    public function find(string $class, string $id): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function flush(): void
    {
        foreach ($this->scheduledInsertions as $entity) {
            $this->connection->executeStatement('INSERT INTO ' . strtolower(substr(strrchr($entity::class, '\\'), 1)), get_object_vars($entity));
        }
        $this->scheduledInsertions = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInsertions = [];
    }
}
