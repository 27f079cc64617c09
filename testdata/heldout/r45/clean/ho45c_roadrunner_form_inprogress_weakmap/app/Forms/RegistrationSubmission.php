<?php

declare(strict_types=1);

namespace App\Forms;

final class RegistrationSubmission extends Submission
{
    public function toRecord(): array
    {
        $record = parent::toRecord();
        $record['seats'] = max(1, (int) ($this->values['attendees'] ?? 1));

        return $record;
    }
}
