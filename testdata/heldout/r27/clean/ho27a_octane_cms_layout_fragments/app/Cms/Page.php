<?php

declare(strict_types=1);

namespace App\Cms;

final class Page
{
    /**
     * @param list<string> $blocks
     */
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $title,
        public readonly string $lede,
        public readonly array $blocks,
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }
}
