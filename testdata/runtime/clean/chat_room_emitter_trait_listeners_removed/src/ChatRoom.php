<?php

namespace App;

use Evenement\EventEmitterTrait;

// One chat room per request: it listens to its own events with methods
// of its own, as first-class callables bound to it.
final class ChatRoom
{
    use EventEmitterTrait;

    /** @var list<string> */
    private array $transcript = [];

    public function __construct(public readonly string $id)
    {
        $this->on('message', $this->record(...));
        $this->on('joined', $this->greet(...));
    }

    public function post(string $author, string $text): void
    {
        $this->emit('message', [$author, $text]);
    }

    public function join(string $who): void
    {
        $this->emit('joined', [$who]);
    }

    private function record(string $author, string $text): void
    {
        $this->transcript[] = "$author: $text";
    }

    private function greet(string $who): void
    {
        $this->transcript[] = "welcome $who to {$this->id}";
    }
}
