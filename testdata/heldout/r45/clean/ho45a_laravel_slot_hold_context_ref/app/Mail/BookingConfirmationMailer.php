<?php

declare(strict_types=1);

namespace App\Mail;

use App\Scheduling\SlotHold;

final class BookingConfirmationMailer
{
    private int $queued = 0;

    public function __construct(private readonly string $from)
    {
    }

    /** @param list<SlotHold> $holds */
    public function send(string $patientId, string $code, array $holds): void
    {
        $lines = array_map(static fn (SlotHold $h) => ' - ' . $h->label(), $holds);
        $body = sprintf("From: %s\nTo: %s\nSubject: Your video visit is booked (%s)\n\n%s\n", $this->from, $patientId, $code, implode("\n", $lines));
        $this->queued += strlen($body) > 0 ? 1 : 0;
    }
}
