<?php

namespace Community\Mention;

use Symfony\Contracts\EventDispatcher\Event;

final class MentionsDetected extends Event
{
    /** @param list<Mention> $mentions */
    public function __construct(
        public readonly int $postId,
        public readonly int $threadId,
        public readonly int $authorId,
        public readonly array $mentions,
    ) {
    }
}
