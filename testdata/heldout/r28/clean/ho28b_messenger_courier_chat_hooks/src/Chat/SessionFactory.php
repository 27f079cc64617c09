<?php
namespace App\Chat;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class SessionFactory
{
    public function __construct(
        private TranscriptStore $transcripts,
        private Moderator $moderator,
    ) {}

    public function open(string $orderId): ConversationSession
    {
        return new ConversationSession($orderId, new EventDispatcher(), $this->transcripts->load($orderId), $this->moderator);
    }
}
