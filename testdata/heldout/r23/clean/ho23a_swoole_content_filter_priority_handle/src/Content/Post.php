<?php

declare(strict_types=1);

namespace App\Content;

final class Post
{
    public function __construct(
        public readonly int $id,
        public readonly string $type,
        public readonly string $title,
        public readonly string $content,
        public readonly int $modifiedAt,
    ) {
    }
}
