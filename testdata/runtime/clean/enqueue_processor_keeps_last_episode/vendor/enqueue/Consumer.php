<?php
// Stand-in for php-enqueue's queue consumer: receives PHPLEAK_N messages
// and hands each to the bound processor.

namespace Enqueue\Consumption;

use Interop\Queue\Context;
use Interop\Queue\Message;
use Interop\Queue\Processor;

final class NullMessage implements Message
{
    public function __construct(private readonly string $body)
    {
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class NullContext implements Context
{
}

final class QueueConsumer
{
    /** @var array<string, Processor> */
    private array $bound = [];

    public function bind(string $queue, Processor $processor): void
    {
        $this->bound[$queue] = $processor;
    }

    public function consume(int $limit): void
    {
        $context = new NullContext();
        for ($i = 0; $i < $limit; $i++) {
            foreach ($this->bound as $processor) {
                $processor->process(new NullMessage(json_encode(['episode' => 'ep-' . (9000 + $i), 'feed' => str_repeat('podcast ', 80)])), $context);
            }
        }
    }
}
