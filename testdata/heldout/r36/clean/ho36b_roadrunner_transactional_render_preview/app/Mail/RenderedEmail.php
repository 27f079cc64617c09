<?php

namespace App\Mail;

final class RenderedEmail
{
    public function __construct(
        public readonly string $subject,
        public readonly string $html,
        public readonly string $text,
    ) {
    }

    public function toArray(): array
    {
        return ['subject' => $this->subject, 'html' => $this->html, 'text' => $this->text];
    }
}
