<?php
namespace App\Serializer;

final class CacheKey
{
    /** @return list<string> */
    public static function parts(object $entity): array
    {
        return ['entity', strtr(get_class($entity), '\\', '.')];
    }

    public static function forEntity(object $entity): string
    {
        return 'serializer.' . implode('#', self::parts($entity));
    }
}
