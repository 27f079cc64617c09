<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @var array<string, list<object>> */
    private array $stamps = [];

    public function __construct(private object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        return $message instanceof self ? $message : new self($message, $stamps);
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

final class ReceivedStamp
{
    public function __construct(public readonly string $transportName)
    {
    }
}
