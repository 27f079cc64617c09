<?php

namespace App\Mail;

final class ReceiptEmail
{
    public function __construct(
        public readonly string $to,
        public readonly string $subject,
        public readonly string $htmlBody,
    ) {
    }
}
