<?php

namespace App\Entity;

class ModerationFlag
{
    private ?Review $review = null;

    public function __construct(
        private readonly string $code,
        private readonly int $severity,
        private readonly string $detail,
    ) {
    }

    public function setReview(?Review $review): void
    {
        $this->review = $review; // leak
    }

    public function getReview(): ?Review
    {
        return $this->review;
    }

    public function getCode(): string
    {
        return $this->code;
    }

    public function getSeverity(): int
    {
        return $this->severity;
    }

    public function getDetail(): string
    {
        return $this->detail;
    }
}
