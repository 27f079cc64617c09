<?php

declare(strict_types=1);

namespace Doctrine\ORM\Mapping;

/**
 * Holds all the mapping information of an entity and its associations.
 */
class ClassMetadata
{
    public string $rootEntityName;

    /** @var array<string, \ReflectionProperty> */
    public array $reflFields = [];

    private \ReflectionClass $reflClass;

    /**
     * @param array<string, string> $fieldMappings field name => column name
     */
    public function __construct(
        public string $name,
        public string $table,
        public string $identifier,
        public array $fieldMappings,
    ) {
        $this->rootEntityName = $name;
        $this->reflClass = new \ReflectionClass($name);
        foreach (array_keys($fieldMappings) as $field) {
            $this->reflFields[$field] = $this->reflClass->getProperty($field);
        }
    }

    public function newInstance(): object
    {
        return $this->reflClass->newInstanceWithoutConstructor();
    }

    public function setFieldValue(object $entity, string $field, mixed $value): void
    {
        $this->reflFields[$field]->setValue($entity, $value);
    }

    public function getFieldValue(object $entity, string $field): mixed
    {
        return $this->reflFields[$field]->getValue($entity);
    }

    public function getColumnName(string $field): string
    {
        return $this->fieldMappings[$field];
    }
}
