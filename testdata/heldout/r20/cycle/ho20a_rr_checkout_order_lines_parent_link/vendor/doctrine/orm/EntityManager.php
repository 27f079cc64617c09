<?php

declare(strict_types=1);

namespace Doctrine\ORM;

class EntityManager
{
    private array $identityMap = [];
    private array $scheduledInserts = [];
    private int $sequence = 0;

    public function persist(object $entity): void
    {
        $this->scheduledInserts[spl_object_id($entity)] = $entity;
    }

    public function flush(): void
    {
        foreach ($this->scheduledInserts as $entity) {
            $id = ++$this->sequence;
            (function (int $id): void { $this->id = $id; })->call($entity, $id);
            $this->identityMap[$entity::class][$id] = $entity;
        }
        $this->scheduledInserts = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledInserts = [];
    }
}
