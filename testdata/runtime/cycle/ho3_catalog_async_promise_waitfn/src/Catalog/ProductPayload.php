<?php

declare(strict_types=1);

namespace App\Catalog;

/**
 * Decoded product document returned by the catalog service.
 */
final class ProductPayload
{
    /**
     * @param list<string> $tags
     */
    public function __construct(
        public readonly int $id,
        public readonly string $sku,
        public readonly string $title,
        public readonly string $description,
        public readonly array $tags,
    ) {}

    public static function fromJson(string $json): self
    {
        $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);

        return new self(
            (int) $data['id'],
            (string) $data['sku'],
            (string) $data['title'],
            (string) $data['description'],
            array_values($data['tags'] ?? []),
        );
    }
}
