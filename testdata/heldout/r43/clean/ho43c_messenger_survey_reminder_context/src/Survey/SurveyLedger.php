<?php

namespace App\Survey;

/**
 * Read model over the survey tables: which tickets already have a survey
 * response and which customers opted out of satisfaction emails.
 */
final class SurveyLedger
{
    public function __construct(private readonly \Closure $optOutLookup) {}

    public function alreadyAnswered(int $ticketId): bool
    {
        return $ticketId % 3 === 1;
    }

    public function optedOut(string $email): bool
    {
        return ($this->optOutLookup)($email);
    }
}
