<?php

namespace Symfony\Component\Messenger;

interface StampInterface
{
}

final class Envelope
{
    /** @var array<class-string, list<StampInterface>> */
    private array $stamps = [];

    public function __construct(private readonly object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function with(StampInterface ...$stamps): self
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }

        return $cloned;
    }

    public function last(string $stampClass): ?StampInterface
    {
        return isset($this->stamps[$stampClass]) ? end($this->stamps[$stampClass]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

namespace Symfony\Component\Messenger\Stamp;

use Symfony\Component\Messenger\StampInterface;

final class TransportMessageIdStamp implements StampInterface
{
    public function __construct(public readonly string $id) {}
}

final class ReceivedStamp implements StampInterface
{
    public function __construct(public readonly string $transportName) {}
}

final class RedeliveryStamp implements StampInterface
{
    public function __construct(public readonly int $retryCount) {}
}

final class HandledStamp implements StampInterface
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName) {}
}
