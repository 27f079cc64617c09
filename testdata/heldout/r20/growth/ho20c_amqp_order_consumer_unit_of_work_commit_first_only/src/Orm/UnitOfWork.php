<?php

declare(strict_types=1);

namespace App\Orm;

abstract class Entity
{
    public ?int $id = null;

    abstract public static function table(): string;

    /** @return array<string, scalar|null> */
    abstract public function toRow(): array;
}

interface Connection
{
    public function insert(string $table, array $row): int;
}

final class PdoConnection implements Connection
{
    /** @var array<string, int> */
    private array $autoIncrement = [];
    public int $statements = 0;

    public function insert(string $table, array $row): int
    {
        $sql = sprintf('INSERT INTO %s (%s) VALUES (%s)', $table, implode(', ', array_keys($row)), implode(', ', array_fill(0, count($row), '?')));
        $this->statements += strlen($sql) > 0 ? 1 : 0;

        return $this->autoIncrement[$table] = ($this->autoIncrement[$table] ?? 0) + 1;
    }
}

final class UnitOfWork
{
    /** @var \SplQueue<Entity> */
    private \SplQueue $insertions;

    public function __construct(private readonly Connection $connection)
    {
        $this->insertions = new \SplQueue();
    }

    public function scheduleInsert(Entity $entity): void
    {
        $this->insertions->enqueue($entity); // leak
    }

    public function hasPendingChanges(): bool
    {
        return !$this->insertions->isEmpty();
    }

    /**
     * Writes scheduled rows in order and yields each entity as soon as it has
     * its primary key, so callers can react to ids while the rest is written.
     *
     * @return \Generator<int, Entity>
     */
    public function commit(): \Generator
    {
        while (!$this->insertions->isEmpty()) {
            $entity = $this->insertions->dequeue();
            $entity->id = $this->connection->insert($entity::table(), $entity->toRow());
            yield $entity;
        }
    }
}

final class EntityManager
{
    public function __construct(private readonly UnitOfWork $unitOfWork)
    {
    }

    public function persist(Entity $entity): void
    {
        if ($entity->id === null) {
            $this->unitOfWork->scheduleInsert($entity);
        }
    }

    /** @return \Generator<int, Entity> */
    public function flush(): \Generator
    {
        yield from $this->unitOfWork->commit();
    }
}
