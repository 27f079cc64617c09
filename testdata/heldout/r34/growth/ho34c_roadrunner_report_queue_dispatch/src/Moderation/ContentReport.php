<?php

namespace App\Moderation;

final class ContentReport
{
    public bool $dispatched = false;
    public ?string $assignedTo = null;

    public function __construct(
        public readonly string $id,
        public readonly int $reporterId,
        public readonly string $subject,
        public readonly int $subjectId,
        public readonly string $reason,
        public readonly string $note,
        public readonly string $excerpt,
        public readonly \DateTimeImmutable $reportedAt,
    ) {
    }

    public static function fromJob(array $data): self
    {
        return new self(
            $data['report_id'],
            (int) $data['reporter_id'],
            $data['subject'],
            (int) $data['subject_id'],
            $data['reason'],
            trim($data['note']),
            $data['excerpt'],
            (new \DateTimeImmutable('@' . $data['reported_at'])),
        );
    }
}
