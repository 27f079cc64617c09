<?php

namespace App\Chat;

use Yiisoft\EventDispatcher\Dispatcher\Dispatcher;
use Yiisoft\EventDispatcher\Provider\ListenerCollection;
use Yiisoft\EventDispatcher\Provider\Provider;

final class MessagePosted
{
    public function __construct(public readonly string $roomId, public readonly string $author, public readonly string $text) {}
}

final class ChatRoomSession
{
    private array $unread = [];

    public function __construct(public readonly string $roomId, private array $members) {}

    public function dispatcher(): Dispatcher
    {
        $listeners = (new ListenerCollection())
            ->add($this->onMessagePosted(...), MessagePosted::class);
        return new Dispatcher(new Provider($listeners));
    }

    private function onMessagePosted(MessagePosted $event): void
    {
        foreach ($this->members as $member) {
            if ($member !== $event->author) {
                $this->unread[$member] = ($this->unread[$member] ?? 0) + 1;
            }
        }
    }
}

final class ChatController
{
    public function postMessage(string $roomId, array $members, string $author, string $text): int
    {
        $session = new ChatRoomSession($roomId, $members);
        $session->dispatcher()->dispatch(new MessagePosted($roomId, $author, $text));
        return 201;
    }
}
