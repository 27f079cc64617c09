<?php
// Stand-in for queue-interop/queue-interop's Processor and message.

namespace Interop\Queue;

interface Message
{
    public function getBody(): string;
}

interface Context
{
}

interface Processor
{
    public const ACK = 'enqueue.ack';
    public const REJECT = 'enqueue.reject';

    public function process(Message $message, Context $context): string;
}
