<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\StampInterface;

final class Envelope
{
    /** @var array<class-string, list<StampInterface>> */
    private array $stamps = [];

    /** @param list<StampInterface> $stamps */
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

    public function with(StampInterface ...$stamps): self
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }

        return $cloned;
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
