<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<class-string, list<object>> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        $envelope = $message instanceof self ? $message : new self($message);
        foreach ($stamps as $stamp) {
            $envelope = $envelope->with($stamp);
        }

        return $envelope;
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class][] = $stamp;

        return $clone;
    }

    public function last(string $stampClass): ?object
    {
        $list = $this->stamps[$stampClass] ?? [];

        return $list ? end($list) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}
