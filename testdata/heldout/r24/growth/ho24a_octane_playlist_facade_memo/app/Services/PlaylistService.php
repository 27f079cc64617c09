<?php

declare(strict_types=1);

namespace App\Services;

final class Playlist
{
    /** @param list<array{id: string, title: string, seconds: int}> $items */
    public function __construct(
        public readonly string $id,
        public readonly string $title,
        public readonly int $ownerId,
        public readonly array $items,
        public readonly string $updatedAt,
    ) {
    }

    public function totalSeconds(): int
    {
        return array_sum(array_column($this->items, 'seconds'));
    }
}

final class PlaylistRepository
{
    /** Pretends to run SELECT ... JOIN playlist_items. */
    public function fetch(string $playlistId): array
    {
        $seed = crc32($playlistId);
        $items = [];
        for ($k = 0; $k < 4; $k++) {
            $items[] = [
                'id' => sprintf('lec_%06d', ($seed >> $k) % 100_000),
                'title' => sprintf('Lecture %d of playlist %s', $k + 1, $playlistId),
                'seconds' => 180 + ($seed >> ($k * 3)) % 1200,
            ];
        }

        return [
            'id' => $playlistId,
            'title' => 'Watch later · ' . $playlistId,
            'owner_id' => $seed % 50_000,
            'items' => $items,
            'updated_at' => date('c', 1_700_000_000 + $seed % 86_400),
        ];
    }
}

class PlaylistService
{
    /** @var array<string, Playlist> */
    private array $loaded = [];

    public function __construct(private readonly PlaylistRepository $repository)
    {
    }

    public function find(string $playlistId): Playlist
    {
        if (!isset($this->loaded[$playlistId])) {
            $this->loaded[$playlistId] = $this->hydrate($this->repository->fetch($playlistId)); // leak
        }

        return $this->loaded[$playlistId];
    }

    /** @return array{id: string, title: string, seconds: int}|null */
    public function nextUp(string $playlistId, ?string $afterItemId): ?array
    {
        $items = $this->find($playlistId)->items;
        if ($afterItemId === null) {
            return $items[0] ?? null;
        }
        foreach ($items as $index => $item) {
            if ($item['id'] === $afterItemId) {
                return $items[$index + 1] ?? null;
            }
        }

        return null;
    }

    private function hydrate(array $row): Playlist
    {
        return new Playlist($row['id'], $row['title'], (int) $row['owner_id'], $row['items'], $row['updated_at']);
    }
}
