<?php

declare(strict_types=1);

namespace App\Serializer;

final class PropertyMetadata
{
    public function __construct(
        public readonly string $name,
        public readonly string $serializedName,
        public readonly bool $nullable,
    ) {
    }
}

final class ClassMetadata
{
    /** @param list<PropertyMetadata> $properties */
    public function __construct(
        public readonly \ReflectionClass $reflection,
        public readonly array $properties,
    ) {
    }
}

final class ClassMetadataFactory
{
    /** @var array<string, ClassMetadata> */
    private array $loaded = [];

    public function getMetadataFor(object $value): ClassMetadata
    {
        $key = spl_object_hash($value);

        return $this->loaded[$key] ??= $this->load(new \ReflectionObject($value)); // leak
    }

    private function load(\ReflectionClass $reflection): ClassMetadata
    {
        $properties = [];
        foreach ($reflection->getProperties(\ReflectionProperty::IS_PUBLIC) as $property) {
            $type = $property->getType();
            $properties[] = new PropertyMetadata(
                $property->getName(),
                strtolower((string) preg_replace('/(?<!^)[A-Z]/', '_$0', $property->getName())),
                $type === null || $type->allowsNull(),
            );
        }

        return new ClassMetadata($reflection, $properties);
    }
}

final class JsonSerializer
{
    public function __construct(private readonly ClassMetadataFactory $metadata)
    {
    }

    public function serialize(object $value): string
    {
        return json_encode($this->normalize($value), JSON_THROW_ON_ERROR);
    }

    private function normalize(mixed $value): mixed
    {
        if (is_array($value)) {
            return array_map(fn (mixed $item): mixed => $this->normalize($item), $value);
        }
        if (!is_object($value)) {
            return $value;
        }

        $data = [];
        foreach ($this->metadata->getMetadataFor($value)->properties as $property) {
            $data[$property->serializedName] = $this->normalize($value->{$property->name});
        }

        return $data;
    }
}
