<?php

declare(strict_types=1);

namespace App\Persistence;

/**
 * Remembers the attributes an entity was hydrated with, so that the
 * repository only writes the columns that really changed.
 */
trait TracksOriginalState
{
    /** @var array<int, array{entity: object, original: array<string, mixed>}> */
    private static array $originals = [];

    protected function rememberOriginal(): void
    {
        self::$originals[spl_object_id($this)] = [ // leak
            'entity' => $this,
            'original' => $this->attributes,
        ];
    }

    /** @return array<string, mixed> */
    public function dirtyAttributes(): array
    {
        $original = self::$originals[spl_object_id($this)]['original'] ?? [];

        return array_diff_assoc($this->attributes, $original);
    }

    public static function trackedCount(): int
    {
        return count(self::$originals);
    }
}
