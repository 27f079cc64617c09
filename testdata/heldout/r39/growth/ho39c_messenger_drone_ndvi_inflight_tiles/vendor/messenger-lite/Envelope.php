<?php

namespace MessengerLite;

final class Envelope
{
    /** @param array<class-string, object[]> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class][] = $stamp;

        return $clone;
    }
}

final class HandledStamp
{
    public function __construct(public readonly string $handlerName)
    {
    }
}

class HandlerFailedException extends \RuntimeException
{
    public function __construct(public readonly Envelope $envelope, \Throwable $previous)
    {
        parent::__construct($previous->getMessage(), 0, $previous);
    }
}
