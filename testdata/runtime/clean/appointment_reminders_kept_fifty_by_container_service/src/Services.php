<?php

namespace Clinic;

final class ReminderLog
{
    /** @var list<array{patient: string, text: string}> */
    private array $sent = [];

    public function record(string $patient, string $text): void
    {
        $this->sent[] = ['patient' => $patient, 'text' => $text];
        if (count($this->sent) > 50) {
            array_shift($this->sent);
        }
    }

    public function count(): int
    {
        return count($this->sent);
    }
}

final class ReminderSender
{
    public function __construct(private readonly ReminderLog $log)
    {
    }

    public function send(string $patient, string $when): void
    {
        $text = "Dear {$patient}, this is a reminder of your appointment on {$when}. " . str_repeat('Please arrive ten minutes early. ', 12);
        $this->log->record($patient, $text);
    }
}

final class AppointmentController
{
    public function __construct(private readonly ReminderSender $sender)
    {
    }

    /** @param array<string, string> $request */
    public function confirm(array $request): int
    {
        $this->sender->send($request['patient'], $request['when']);

        return 204;
    }
}
