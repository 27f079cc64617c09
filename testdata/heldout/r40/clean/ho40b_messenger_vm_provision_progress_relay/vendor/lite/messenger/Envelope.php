<?php

namespace Lite\Messenger;

final class Envelope
{
    /** @param array<string, scalar> $stamps */
    public function __construct(
        private object $message,
        private array $stamps = [],
    ) {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function stamp(string $name): mixed
    {
        return $this->stamps[$name] ?? null;
    }
}
