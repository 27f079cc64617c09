<?php

namespace Symfony\Component\Messenger;

/** Stand-in for Symfony\Component\Messenger\Envelope. */
final class Envelope
{
    /** @param list<object> $stamps */
    public function __construct(private readonly object $message, private readonly array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

/** Stand-in for a transport receiver (Redis/AMQP stream of encoded messages). */
interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

/** Stand-in for Symfony\Component\Messenger\Worker: consume until the limit. */
final class Worker
{
    private int $handled = 0;

    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private readonly ReceiverInterface $receiver,
        private readonly array $handlers,
        private readonly int $messageLimit,
    ) {
    }

    public function run(): void
    {
        while ($this->handled < $this->messageLimit) {
            $got = false;
            foreach ($this->receiver->get() as $envelope) {
                $got = true;
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message);
                $this->receiver->ack($envelope);
                if (++$this->handled >= $this->messageLimit) {
                    return;
                }
            }
            if (!$got) {
                return;
            }
        }
    }
}
