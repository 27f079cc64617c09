<?php

namespace App\Mail;

final class PlainTextFallback
{
    /** @param array<string, mixed> $data */
    public function render(string $template, array $data): RenderedEmail
    {
        $name = $data['customer']['first_name'] ?? 'there';
        $subject = ucfirst(str_replace('_', ' ', $template));

        return new RenderedEmail($subject, '', "Hi {$name},\n\nThis is an automated message ({$template}).\n");
    }
}
