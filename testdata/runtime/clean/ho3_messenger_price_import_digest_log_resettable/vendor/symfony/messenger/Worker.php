<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    /**
     * @param array<string, string> $stamps
     */
    public function __construct(private object $message, private array $stamps = []) {}

    public function getMessage(): object
    {
        return $this->message;
    }

    public function last(string $stampName): ?string
    {
        return $this->stamps[$stampName] ?? null;
    }
}

/**
 * Consumes envelopes, calls the handler and resets services after each one.
 */
final class Worker
{
    private int $handled = 0;

    /**
     * @param callable(object): void $handler
     * @param list<object> $resettableServices objects exposing reset()
     */
    public function __construct(private $handler, private array $resettableServices = []) {}

    /**
     * @param iterable<Envelope> $envelopes
     */
    public function run(iterable $envelopes): void
    {
        foreach ($envelopes as $envelope) {
            ($this->handler)($envelope->getMessage());
            $this->handled++;
            foreach ($this->resettableServices as $service) {
                $service->reset();
            }
        }
    }

    public function handledCount(): int
    {
        return $this->handled;
    }
}
