<?php
namespace App\Chat;

use App\Message\RelayChatMessage;

final class ChatRelayHandler
{
    public function __construct(
        private SessionFactory $sessions,
        private TranscriptStore $transcripts,
        private PushGateway $push,
    ) {}

    public function __invoke(RelayChatMessage $message): void
    {
        $session = $this->sessions->open($message->orderId);
        $event = $session->receive($message);

        $recipient = $message->senderRole === 'courier' ? 'customer' : 'courier';
        $this->push->notify($recipient, $message->orderId, $event->body(), $session->transcript()->unreadFor($recipient));
        $this->transcripts->save($session->transcript());
    }
}
