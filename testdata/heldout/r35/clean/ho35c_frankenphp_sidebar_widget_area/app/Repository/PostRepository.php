<?php

declare(strict_types=1);

namespace App\Repository;

final class PostRepository
{
    /** @return list<array{id: int, title: string, permalink: string, date: string}> */
    public function latest(string $category, int $limit, int $excludeId): array
    {
        $posts = [];
        for ($k = 1; $k <= $limit; $k++) {
            $id = $excludeId - $k * 3;
            $posts[] = [
                'id' => $id,
                'title' => ucfirst($category) . " diary, entry {$id}",
                'permalink' => "/{$category}/entry-{$id}/",
                'date' => date('Y-m-d', 1700000000 + $id * 600),
            ];
        }

        return $posts;
    }
}
