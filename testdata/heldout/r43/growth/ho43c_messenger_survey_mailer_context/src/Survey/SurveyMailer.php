<?php

namespace App\Survey;

use App\Message\SendSurveyInvitation;
use Monolog\Logger;

final class SurveyMailer
{
    private ?array $lastSent = null;

    public function __construct(private readonly Logger $logger, private readonly string $surveyBaseUrl) {}

    public function sendInvitation(SendSurveyInvitation $message): string
    {
        $token = hash('sha256', $message->ticketId . '|' . $message->customerEmail);
        $this->lastSent = [
            'to' => $message->customerEmail,
            'subject' => "How did we do? [#{$message->ticketId}] {$message->ticketSubject}",
            'link' => "{$this->surveyBaseUrl}/s/{$token}",
        ];
        $this->logger->info('survey invitation sent');

        return $token;
    }
}
