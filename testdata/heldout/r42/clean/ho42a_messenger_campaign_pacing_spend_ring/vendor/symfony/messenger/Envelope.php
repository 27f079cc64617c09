<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<class-string, list<object>> $stamps */
    public function __construct(private readonly object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object ...$stamps): self
    {
        $clone = clone $this;
        foreach ($stamps as $stamp) {
            $clone->stamps[$stamp::class][] = $stamp;
        }

        return $clone;
    }

    public function last(string $stampFqcn): ?object
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }
}
