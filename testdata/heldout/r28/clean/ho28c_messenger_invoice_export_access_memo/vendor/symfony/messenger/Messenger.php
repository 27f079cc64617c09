<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class HandlersLocator
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function handlerFor(object $message): callable
    {
        return $this->handlers[$message::class];
    }
}

/** messenger:consume — one long-lived loop over the transport. */
final class Worker
{
    public function __construct(private ReceiverInterface $receiver, private HandlersLocator $locator)
    {
    }

    public function run(int $limit): void
    {
        $handled = 0;
        while ($handled < $limit) {
            foreach ($this->receiver->get() as $envelope) {
                ($this->locator->handlerFor($envelope->getMessage()))($envelope->getMessage());
                $this->receiver->ack($envelope);
                ++$handled;
            }
        }
    }
}
