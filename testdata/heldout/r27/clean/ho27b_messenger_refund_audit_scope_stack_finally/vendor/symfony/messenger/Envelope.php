<?php

namespace Symfony\Component\Messenger;

interface StampInterface
{
}

final class Envelope
{
    /** @var array<class-string, list<StampInterface>> */
    private array $stamps = [];

    public function __construct(private object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public static function wrap(object $message, array $stamps = []): self
    {
        return $message instanceof self ? $message->with(...$stamps) : new self($message, $stamps);
    }

    public function with(StampInterface ...$stamps): self
    {
        $clone = clone $this;
        foreach ($stamps as $stamp) {
            $clone->stamps[$stamp::class][] = $stamp;
        }

        return $clone;
    }

    public function last(string $stampFqcn): ?StampInterface
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

namespace Symfony\Component\Messenger\Stamp;

use Symfony\Component\Messenger\StampInterface;

final class ReceivedStamp implements StampInterface
{
    public function __construct(public readonly string $transportName)
    {
    }
}

final class HandledStamp implements StampInterface
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class TransportMessageIdStamp implements StampInterface
{
    public function __construct(public readonly string $id)
    {
    }
}
