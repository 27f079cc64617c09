<?php

declare(strict_types=1);

namespace App\Extensions;

final class Manifest
{
    /**
     * @param list<string> $permissions
     * @param list<array{path: string, sha256: string, size: int}> $assets
     * @param array<string, string> $requires
     */
    public function __construct(
        public readonly string $slug,
        public readonly string $type,
        public readonly string $version,
        public readonly string $publisher,
        public readonly array $permissions,
        public readonly array $assets,
        public readonly array $requires,
        public readonly string $description,
    ) {
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        return new self(
            strtolower((string) $data['slug']),
            (string) $data['type'],
            (string) $data['version'],
            (string) $data['publisher'],
            array_values(array_map('strval', $data['permissions'] ?? [])),
            $data['assets'] ?? [],
            $data['requires'] ?? [],
            trim((string) ($data['description'] ?? '')),
        );
    }
}
