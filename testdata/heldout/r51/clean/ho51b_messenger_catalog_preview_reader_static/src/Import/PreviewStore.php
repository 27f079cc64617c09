<?php
namespace App\Import;

/** Latest preview per supplier, read by the portal's "confirm import" page. */
final class PreviewStore
{
    /** @var array<int, array{upload: string, header: list<string>, rows: list<array>}> */
    private array $latest = [];

    public function put(int $supplierId, string $uploadId, array $header, array $rows): void
    {
        $this->latest[$supplierId] = ['upload' => $uploadId, 'header' => $header, 'rows' => $rows];
    }

    public function get(int $supplierId): ?array
    {
        return $this->latest[$supplierId] ?? null;
    }
}
