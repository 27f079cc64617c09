<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\StampInterface;

/** Trimmed stand-in for Symfony\Component\Messenger\Envelope. */
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

    public static function wrap(object $message): self
    {
        return $message instanceof self ? $message : new self($message);
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
