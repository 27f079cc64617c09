<?php

namespace App\Persistence;

final class ChangeTracker
{
    /** @var array<class-string, array<int, object>> */
    private array $identityMap = [];
    /** @var array<string, array<string, mixed>> */
    private array $originals = [];

    public function register(object $entity): object
    {
        $this->identityMap[$entity::class][$entity->id] = $entity; // leak
        $this->originals[spl_object_hash($entity)] = get_object_vars($entity); // leak
        return $entity;
    }

    /** @return array<string, mixed> */
    public function changeSet(object $entity): array
    {
        $original = $this->originals[spl_object_hash($entity)] ?? [];
        return array_diff_assoc(get_object_vars($entity), $original);
    }
}
