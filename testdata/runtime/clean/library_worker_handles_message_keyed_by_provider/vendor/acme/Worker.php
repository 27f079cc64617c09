<?php

namespace Acme\Messenger;

/** A message worker (library code): handle() runs the handler of the message's class. */
final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function handle(object $message): void
    {
        ($this->handlers[$message::class])($message);
    }
}
