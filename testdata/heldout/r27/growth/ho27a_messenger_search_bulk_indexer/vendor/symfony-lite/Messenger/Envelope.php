<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function last(string $stampFqcn): ?object
    {
        $found = null;
        foreach ($this->stamps as $stamp) {
            if ($stamp instanceof $stampFqcn) {
                $found = $stamp;
            }
        }

        return $found;
    }
}
