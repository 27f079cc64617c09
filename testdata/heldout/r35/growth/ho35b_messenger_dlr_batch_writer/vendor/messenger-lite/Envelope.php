<?php

namespace MessengerLite;

final class Envelope
{
    private array $stamps = [];

    public function __construct(private object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function last(string $stampFqcn): ?object
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }
}

final class TransportMessageIdStamp
{
    public function __construct(public readonly string $id)
    {
    }
}
