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
    private Dispatcher $dispatcher;
    private array $unread = [];

    public function __construct(public readonly string $roomId, private array $members)
    {
        $listeners = (new ListenerCollection())
            ->add($this->onMessagePosted(...), MessagePosted::class); // leak
        $this->dispatcher = new Dispatcher(new Provider($listeners)); // leak
    }

    public function post(string $author, string $text): void
    {
        $this->dispatcher->dispatch(new MessagePosted($this->roomId, $author, $text));
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
        $session->post($author, $text);
        return 201;
    }
}
