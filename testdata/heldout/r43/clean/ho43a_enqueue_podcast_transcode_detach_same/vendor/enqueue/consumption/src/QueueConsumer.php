<?php

namespace Enqueue\Null;

use Interop\Queue\Context;
use Interop\Queue\Message;

final class NullMessage implements Message
{
    public function __construct(private string $body, private array $properties = [])
    {
    }

    public function getBody(): string
    {
        return $this->body;
    }

    public function getProperty(string $name, mixed $default = null): mixed
    {
        return $this->properties[$name] ?? $default;
    }
}

/** Replays a fixed stream of messages instead of talking to a broker. */
final class ReplayContext implements Context
{
    public function __construct(private \Closure $stream)
    {
    }

    public function receive(string $queue): iterable
    {
        return ($this->stream)($queue);
    }
}

namespace Enqueue\Consumption;

use Enqueue\Null\ReplayContext;
use Interop\Queue\Processor;

final class QueueConsumer
{
    /** @var array<string, Processor> */
    private array $boundProcessors = [];

    public function __construct(private ReplayContext $context)
    {
    }

    public function bind(string $queueName, Processor $processor): self
    {
        $this->boundProcessors[$queueName] = $processor;

        return $this;
    }

    public function consume(int $messageLimit): void
    {
        foreach ($this->boundProcessors as $queue => $processor) {
            $consumed = 0;
            foreach ($this->context->receive($queue) as $message) {
                $processor->process($message, $this->context);
                if (++$consumed >= $messageLimit) {
                    break;
                }
            }
        }
    }
}
