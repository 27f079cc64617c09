<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @var array<class-string, list<object>> */
    private array $stamps = [];

    public function __construct(private object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        $envelope = $message instanceof self ? $message : new self($message);

        return $envelope->with(...$stamps);
    }

    public function with(object ...$stamps): static
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }

        return $cloned;
    }

    public function last(string $stampFqcn): ?object
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}
