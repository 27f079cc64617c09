<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message)
    {
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;
}

/** What `bin/console messenger:consume async` runs: fetch, handle, repeat. */
final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private ReceiverInterface $receiver, private array $handlers)
    {
    }

    public function run(): void
    {
        foreach ($this->receiver->get() as $envelope) {
            $message = $envelope->message;
            ($this->handlers[$message::class])($message);
        }
    }
}
