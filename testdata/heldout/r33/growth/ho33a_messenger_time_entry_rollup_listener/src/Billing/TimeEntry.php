<?php

namespace App\Billing;

use App\Message\RecordTimeEntry;

final class TimeEntry
{
    private function __construct(
        public readonly string $matterNumber,
        public readonly string $timekeeper,
        public readonly string $activityCode,
        public readonly float $hours,
        public readonly string $narrative,
        public readonly string $workedOn,
    ) {
    }

    public static function fromMessage(RecordTimeEntry $message, int $increment): self
    {
        $tenths = (int) ceil($message->minutes / $increment);

        return new self(
            $message->matterNumber,
            $message->timekeeper,
            strtoupper($message->activityCode),
            $tenths * $increment / 60,
            ucfirst(trim($message->narrative)),
            $message->workedOn,
        );
    }

    public function toInvoiceLine(float $rate): array
    {
        return [
            'date' => $this->workedOn,
            'timekeeper' => $this->timekeeper,
            'code' => $this->activityCode,
            'hours' => $this->hours,
            'amount' => round($this->hours * $rate, 2),
            'narrative' => $this->narrative,
        ];
    }
}
