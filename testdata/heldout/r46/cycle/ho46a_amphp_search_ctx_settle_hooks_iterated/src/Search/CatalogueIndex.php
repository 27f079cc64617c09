<?php

namespace App\Search;

final class CatalogueIndex
{
    private const AUTHORS = ['Le Guin, Ursula K.', 'Morrison, Toni', 'Eliot, George', 'Butler, Octavia E.', 'Sagan, Carl'];

    /** @return list<array{id: string, title: string, author: string, shelf: string}> */
    public function search(string $query, string $format): array
    {
        $hits = [];
        for ($k = 0; $k < 6; $k++) {
            $id = sprintf('b%08d', crc32($query . $k) % 100000000);
            $hits[] = [
                'id' => $id,
                'title' => ucwords($query) . ' (' . $format . ', vol. ' . ($k + 1) . ')',
                'author' => self::AUTHORS[$k % 5],
                'shelf' => 'ADULT NF ' . (300 + $k) . '.' . substr($id, -3) . ' ' . strtoupper(substr($query, 0, 3)),
            ];
        }

        return $hits;
    }
}
