<?php

declare(strict_types=1);

namespace Doctrine\ORM;

/**
 * @template T of object
 */
class EntityRepository
{
    /**
     * @param class-string<T> $entityName
     */
    public function __construct(protected EntityManager $em, protected string $entityName)
    {
    }

    /**
     * @return T|null
     */
    public function find(int|string $id): ?object
    {
        return $this->em->find($this->entityName, $id);
    }

    public function getClassName(): string
    {
        return $this->entityName;
    }
}
