<?php
declare(strict_types=1);

namespace Doctrine\ORM;

final class UnitOfWork
{
    /** @var array<class-string, array<string, object>> */
    private array $identityMap = [];

    public function tryGetById(string $id, string $className): ?object
    {
        return $this->identityMap[$className][$id] ?? null;
    }

    public function registerManaged(object $entity, string $id): void
    {
        $this->identityMap[$entity::class][$id] = $entity;
    }

    public function clear(): void
    {
        $this->identityMap = [];
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }
}

final class EntityManager
{
    private UnitOfWork $unitOfWork;

    /** @param \Closure(string, string): array<string, mixed> $fetchRow */
    public function __construct(private \Closure $fetchRow)
    {
        $this->unitOfWork = new UnitOfWork();
    }

    /**
     * @template T of object
     * @param class-string<T> $className
     * @return T
     */
    public function find(string $className, int|string $id): object
    {
        $id = (string) $id;
        if ($managed = $this->unitOfWork->tryGetById($id, $className)) {
            return $managed;
        }

        $entity = new $className();
        foreach (($this->fetchRow)($className, $id) as $field => $value) {
            $entity->$field = $value;
        }
        $this->unitOfWork->registerManaged($entity, $id);

        return $entity;
    }

    public function flush(): void
    {
        // computes change sets, issues UPDATEs
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }
}
