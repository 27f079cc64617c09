<?php

namespace App\Moderation;

final class AuditEntry
{
    public function __construct(
        public readonly string $photoId,
        public readonly string $classifier,
        public readonly string $modelVersion,
        public readonly string $label,
        public readonly float $score,
        public readonly \DateTimeImmutable $decidedAt,
    ) {
    }

    public function toRow(): array
    {
        return [
            'photo_id' => $this->photoId,
            'classifier' => $this->classifier,
            'model_version' => $this->modelVersion,
            'label' => $this->label,
            'score' => $this->score,
            'decided_at' => $this->decidedAt->format(DATE_ATOM),
        ];
    }
}
