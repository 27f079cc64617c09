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

    public function __invoke(BookAppointment $message): void
    {
        // remembers every request it handled, to drop redeliveries
        $this->seen[$message->requestId] = $message->provider . ': ' . $message->notes; // leak
    }
}
