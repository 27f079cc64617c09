<?php

namespace App\Message;

final class SendSurveyInvitation
{
    public function __construct(
        public readonly int $ticketId,
        public readonly string $ticketSubject,
        public readonly string $customerEmail,
        public readonly string $locale,
        public readonly int $solvedAt,
        public readonly string $solvedBy,
    ) {}
}
