<?php
namespace App\Serializer;

final class CacheKey
{
    /** @return list<string> */
    public static function parts(object $entity): array
    {
        return [strtr(get_class($entity), '\\', '.'), (string) $entity->id];
    }

    public static function forEntity(object $entity): string
    {
        return 'serializer.' . implode('#', self::parts($entity));
    }
}
