<?php

namespace Interop\Queue;

interface Message
{
    public function getBody(): string;

    public function getProperty(string $name, mixed $default = null): mixed;
}

interface Context
{
}

interface Processor
{
    public const ACK = 'enqueue.ack';
    public const REJECT = 'enqueue.reject';
    public const REQUEUE = 'enqueue.requeue';

    public function process(Message $message, Context $context);
}
