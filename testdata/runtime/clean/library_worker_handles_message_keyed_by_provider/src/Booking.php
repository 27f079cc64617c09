<?php

namespace App;

final class BookAppointment
{
    public function __construct(public readonly string $requestId, public readonly string $provider, public readonly string $notes)
    {
    }
}

final class BookAppointmentHandler
{
    /** @var array<string, string> */
    private array $seen = [];

    private const PROVIDERS = ['cardio', 'derm', 'gp'];

    public function __invoke(BookAppointment $message): void
    {
        // remembers the last notes per provider, one of a few
        if (!in_array($message->provider, self::PROVIDERS, true)) {
            return;
        }
        $this->seen[$message->provider] = $message->provider . ': ' . $message->notes;
    }
}
