<?php

declare(strict_types=1);

namespace Tiny\ORM;

interface IdentifiableInterface
{
    public function getId(): string;

    /** @return array<string, mixed> */
    public function toRow(): array;
}

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    private int $flushes = 0;

    public function __construct(private string $connectionName)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    public function persist(IdentifiableInterface $entity): void
    {
        if ($this->unitOfWork->tryGetById($entity->getId(), $entity::class) === $entity) {
            return;
        }
        $this->unitOfWork->registerManaged($entity, $entity->getId(), $entity->toRow());
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function find(string $class, string $id): ?object
    {
        return $this->unitOfWork->tryGetById($id, $class);
    }

    public function flush(): void
    {
        foreach ($this->unitOfWork->takeScheduledInsertions() as $entity) {
            // INSERT INTO ... would be issued here
            $this->unitOfWork->forgetOriginalData($entity);
        }
        $this->flushes++;
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
