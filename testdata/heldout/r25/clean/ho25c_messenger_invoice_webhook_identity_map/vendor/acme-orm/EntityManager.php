<?php

namespace AcmeOrm;

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    /** @var array<class-string, array{table: string, hydrate: callable, extract: callable}> */
    private array $metadata = [];

    public function __construct(private Connection $connection)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function mapEntity(string $class, string $table, callable $hydrate, callable $extract): void
    {
        $this->metadata[$class] = ['table' => $table, 'hydrate' => $hydrate, 'extract' => $extract];
    }

    public function find(string $class, int|string $id): ?object
    {
        $key = (string) $id;
        if ($entity = $this->unitOfWork->tryGetById($key, $class)) {
            return $entity;
        }
        $meta = $this->metadata[$class];
        $row = $this->connection->fetchAssociative('SELECT * FROM ' . $meta['table'] . ' WHERE id = ?', [$id]);
        $entity = ($meta['hydrate'])($row);
        $this->unitOfWork->registerManaged($entity, $key, $row);

        return $entity;
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForUpdate($entity);
    }

    public function flush(): void
    {
        foreach ($this->metadata as $class => $meta) {
            $this->unitOfWork->commit($this->connection, $meta['extract']);
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
