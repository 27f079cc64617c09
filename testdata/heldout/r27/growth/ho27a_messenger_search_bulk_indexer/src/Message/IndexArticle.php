<?php

declare(strict_types=1);

namespace App\Message;

final class IndexArticle
{
    public function __construct(
        public readonly int $articleId,
        public readonly string $title,
        public readonly string $body,
        public readonly array $tags,
        public readonly string $publishedAt,
    ) {
    }
}
