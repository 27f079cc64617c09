<?php

final class Consumer
{
    /** @var array<string, Message> */
    private array $inFlight = [];

    public function __construct(private Acknowledger $acknowledger) {}

    public function receive(Message $message): void
    {
        $this->inFlight[$message->id] = $message;
        json_decode($message->body, true);
        $this->acknowledger->settle($this, $message);
    }

    public function forget(string $id): void
    {
        unset($this->inFlight[$id]);
    }
}
