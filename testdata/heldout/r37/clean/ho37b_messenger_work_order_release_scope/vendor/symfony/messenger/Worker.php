<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

final class ReceivedStamp
{
    public function __construct(public readonly string $transportName)
    {
    }
}

/** Stand-in for the transport receiver: decoded messages from the AMQP queue. */
interface ReceiverInterface
{
    /** @return iterable<object> */
    public function get(): iterable;
}

/** Stand-in for Symfony\Component\Messenger\Worker (messenger:consume). */
final class Worker
{
    public int $rejected = 0;
    public int $acked = 0;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBus $bus)
    {
    }

    public function run(): void
    {
        foreach ($this->receivers as $name => $receiver) {
            foreach ($receiver->get() as $message) {
                try {
                    $this->bus->dispatch($message, [new ReceivedStamp($name)]);
                    $this->acked++;
                } catch (UnrecoverableMessageHandlingException $e) {
                    // rejected without retry; the failure transport gets a copy
                    $this->rejected++;
                }
            }
        }
    }
}
