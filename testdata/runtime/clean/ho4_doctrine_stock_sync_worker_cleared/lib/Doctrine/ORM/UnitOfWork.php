<?php

declare(strict_types=1);

namespace Doctrine\ORM;

use Doctrine\ORM\Mapping\ClassMetadata;

/**
 * The UnitOfWork is responsible for tracking changes to objects during an
 * "object-level" transaction and for writing out changes to the database
 * in the correct order.
 */
class UnitOfWork
{
    public const STATE_MANAGED = 1;
    public const STATE_NEW = 2;
    public const STATE_DETACHED = 3;

    /**
     * The identity map that holds references to all managed entities that have an identity.
     *
     * @var array<class-string, array<string, object>>
     */
    private array $identityMap = [];

    /** @var array<int, array<string, mixed>> */
    private array $entityIdentifiers = [];

    /** @var array<int, array<string, mixed>> */
    private array $originalEntityData = [];

    /** @var array<int, int> */
    private array $entityStates = [];

    /** @var array<int, array<string, array{0: mixed, 1: mixed}>> */
    private array $entityChangeSets = [];

    public function __construct(private EntityManager $em)
    {
    }

    /**
     * INTERNAL: Creates an entity. Used for reconstitution of persistent entities.
     *
     * @param array<string, mixed> $data
     */
    public function createEntity(string $className, array $data): object
    {
        $class = $this->em->getClassMetadata($className);
        $idHash = (string) $data[$class->getColumnName($class->identifier)];

        if (isset($this->identityMap[$class->rootEntityName][$idHash])) {
            return $this->identityMap[$class->rootEntityName][$idHash];
        }

        $entity = $class->newInstance();
        $values = [];
        foreach ($class->fieldMappings as $field => $column) {
            $values[$field] = $data[$column];
            $class->setFieldValue($entity, $field, $data[$column]);
        }

        $oid = spl_object_id($entity);
        $this->entityIdentifiers[$oid] = [$class->identifier => $values[$class->identifier]];
        $this->entityStates[$oid] = self::STATE_MANAGED;
        $this->originalEntityData[$oid] = $values;
        $this->identityMap[$class->rootEntityName][$idHash] = $entity;

        return $entity;
    }

    public function tryGetById(string $id, string $rootClassName): ?object
    {
        return $this->identityMap[$rootClassName][$id] ?? null;
    }

    public function computeChangeSets(): void
    {
        $this->entityChangeSets = [];
        foreach ($this->identityMap as $className => $entities) {
            $class = $this->em->getClassMetadata($className);
            foreach ($entities as $entity) {
                $oid = spl_object_id($entity);
                if (($this->entityStates[$oid] ?? null) !== self::STATE_MANAGED) {
                    continue;
                }
                foreach ($this->originalEntityData[$oid] as $field => $original) {
                    $actual = $class->getFieldValue($entity, $field);
                    if ($actual !== $original) {
                        $this->entityChangeSets[$oid][$field] = [$original, $actual];
                    }
                }
            }
        }
    }

    public function commit(): void
    {
        $this->computeChangeSets();
        if (!$this->entityChangeSets) {
            return;
        }

        $connection = $this->em->getConnection();
        foreach ($this->identityMap as $className => $entities) {
            $class = $this->em->getClassMetadata($className);
            foreach ($entities as $entity) {
                $oid = spl_object_id($entity);
                if (!isset($this->entityChangeSets[$oid])) {
                    continue;
                }
                $update = [];
                foreach ($this->entityChangeSets[$oid] as $field => [, $new]) {
                    $update[$class->getColumnName($field)] = $new;
                    $this->originalEntityData[$oid][$field] = $new;
                }
                $connection->update($class->table, $update, $this->entityIdentifiers[$oid]);
            }
        }
        $this->entityChangeSets = [];
    }

    /**
     * Clears the UnitOfWork: all managed entities become detached.
     */
    public function clear(): void
    {
        $this->identityMap = [];
        $this->entityIdentifiers = [];
        $this->originalEntityData = [];
        $this->entityStates = [];
        $this->entityChangeSets = [];
    }

    public function size(): int
    {
        return array_sum(array_map('count', $this->identityMap));
    }
}
