<?php
namespace App\Chat;

use App\Message\RelayChatMessage;
use Symfony\Contracts\EventDispatcher\Event;

final class ChatMessageEvent extends Event
{
    public const RECEIVED = 'chat.message.received';
    public const RELAYED = 'chat.message.relayed';

    private string $body;

    public function __construct(public readonly RelayChatMessage $message)
    {
        $this->body = $message->body;
    }

    public function body(): string
    {
        return $this->body;
    }

    public function setBody(string $body): void
    {
        $this->body = $body;
    }
}
