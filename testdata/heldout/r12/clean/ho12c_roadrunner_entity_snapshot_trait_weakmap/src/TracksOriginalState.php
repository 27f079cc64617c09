<?php

declare(strict_types=1);

namespace App\Persistence;

/**
 * Remembers the attributes an entity was hydrated with, so that the
 * repository only writes the columns that really changed.
 */
trait TracksOriginalState
{
    /** @var \WeakMap<object, array{original: array<string, mixed>}>|null */
    private static ?\WeakMap $originals = null;

    protected function rememberOriginal(): void
    {
        self::$originals ??= new \WeakMap();
        self::$originals[$this] = [
            'original' => $this->attributes,
        ];
    }

    /** @return array<string, mixed> */
    public function dirtyAttributes(): array
    {
        $original = self::$originals[$this]['original'] ?? [];

        return array_diff_assoc($this->attributes, $original);
    }

    public static function trackedCount(): int
    {
        return self::$originals === null ? 0 : count(self::$originals);
    }
}
