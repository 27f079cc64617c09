<?php

namespace App\Maintenance;

final class Notifier
{
    private int $sent = 0;
    private ?array $last = null;

    public function page(string $vendor, MaintenanceTicket $ticket): void
    {
        $this->send('page', sprintf('[EMERGENCY] %s %s-%s: %s', $vendor, $ticket->propertyCode, $ticket->unit, $ticket->summary));
    }

    public function sms(string $phone, string $text): void
    {
        $this->send('sms:' . $phone, $text);
    }

    private function send(string $channel, string $text): void
    {
        $this->last = ['channel' => $channel, 'text' => $text];
        $this->sent++;
    }
}
