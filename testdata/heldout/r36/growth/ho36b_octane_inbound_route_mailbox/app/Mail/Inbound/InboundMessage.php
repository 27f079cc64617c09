<?php

namespace App\Mail\Inbound;

final class InboundMessage
{
    public function __construct(
        public readonly string $messageId,
        public readonly string $mailbox,
        public readonly string $fromName,
        public readonly string $fromAddress,
        public readonly string $subject,
        public readonly string $textBody,
        public readonly ?string $inReplyTo = null,
    ) {
    }

    public function ticketNumber(): ?int
    {
        return preg_match('/\[Ticket #(\d+)\]/', $this->subject, $m) ? (int) $m[1] : null;
    }
}
