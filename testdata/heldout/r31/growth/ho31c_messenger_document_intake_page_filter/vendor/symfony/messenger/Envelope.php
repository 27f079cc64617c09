<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param list<object> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object ...$stamps): self
    {
        return new self($this->message, [...$this->stamps, ...$stamps]);
    }
}
