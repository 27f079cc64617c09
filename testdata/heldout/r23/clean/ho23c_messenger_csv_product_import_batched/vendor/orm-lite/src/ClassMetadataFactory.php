<?php

declare(strict_types=1);

namespace OrmLite;

final class ClassMetadata
{
    public function __construct(
        public readonly string $name,
        public readonly string $table,
        public readonly string $idProperty,
    ) {
    }

    public function getIdentifierValue(object $entity): string
    {
        $getter = 'get' . ucfirst($this->idProperty);

        return (string) $entity->{$getter}();
    }
}

final class ClassMetadataFactory
{
    /** @var array<class-string, ClassMetadata> */
    private array $loaded = [];

    /** @param array<class-string, array{table: string, id: string}> $mappings */
    public function __construct(private readonly array $mappings)
    {
    }

    public function getMetadataFor(string $class): ClassMetadata
    {
        if (!isset($this->mappings[$class])) {
            throw new \InvalidArgumentException("No mapping for {$class}");
        }

        return $this->loaded[$class] ??= new ClassMetadata(
            $class,
            $this->mappings[$class]['table'],
            $this->mappings[$class]['id'],
        );
    }
}
