<?php

namespace Community\Mention;

final class PostPublished
{
    public function __construct(
        public readonly int $postId,
        public readonly int $threadId,
        public readonly int $authorId,
        public readonly string $markdown,
    ) {
    }
}
