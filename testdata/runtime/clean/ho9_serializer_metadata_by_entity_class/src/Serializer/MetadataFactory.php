<?php
namespace App\Serializer;

final class ClassMetadata
{
    /** @param array<string, string> $attributes */
    public function __construct(public readonly string $class, public readonly array $attributes, public readonly string $schema) {}
}

final class MetadataFactory
{
    /** @var array<string, ClassMetadata> */
    private array $loaded = [];

    public function getMetadataFor(object $entity): ClassMetadata
    {
        $key = CacheKey::forEntity($entity);

        return $this->loaded[$key] ??= $this->load($entity);
    }

    private function load(object $entity): ClassMetadata
    {
        $attributes = [];
        foreach (get_object_vars($entity) as $name => $value) {
            $attributes[$name] = get_debug_type($value);
        }
        $schema = json_encode(['class' => $entity::class, 'properties' => $attributes, 'groups' => ['catalog:read', 'catalog:write'], 'doc' => str_repeat('x', 480)]);

        return new ClassMetadata($entity::class, $attributes, $schema);
    }
}
