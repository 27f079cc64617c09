<?php

namespace App\Notifications;

final class ReplyNotification
{
    public function __construct(
        public readonly int $recipientId,
        public readonly int $threadId,
        public readonly string $threadTitle,
        public readonly int $replyId,
        public readonly string $authorName,
        public readonly string $excerpt,
        public readonly int $postedAt,
    ) {
    }

    public function toDigestLine(): string
    {
        return sprintf(
            "%s replied in \"%s\" (%s): %s\n  https://forum.example.test/t/%d#post-%d",
            $this->authorName,
            $this->threadTitle,
            date('D H:i', $this->postedAt),
            $this->excerpt,
            $this->threadId,
            $this->replyId,
        );
    }
}
