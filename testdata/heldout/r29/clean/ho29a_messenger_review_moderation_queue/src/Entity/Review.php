<?php

namespace App\Entity;

use Doctrine\Common\Collections\ArrayCollection;

class Review
{
    private ArrayCollection $flags;
    private string $status = 'pending';

    public function __construct(
        private readonly string $id,
        private readonly int $propertyId,
        private readonly ?string $bookingRef,
        private readonly int $rating,
        private readonly string $title,
        private readonly string $body,
        private readonly string $authorName,
    ) {
        $this->flags = new ArrayCollection();
    }

    public function addFlag(ModerationFlag $flag): self
    {
        $this->flags->add($flag);
        $flag->setReview($this);

        return $this;
    }

    public function clearFlags(): void
    {
        foreach ($this->flags as $flag) {
            $flag->setReview(null);
        }
        $this->flags->clear();
    }

    public function getFlags(): ArrayCollection
    {
        return $this->flags;
    }

    public function severity(): int
    {
        $max = 0;
        foreach ($this->flags as $flag) {
            $max = max($max, $flag->getSeverity());
        }

        return $max;
    }

    public function getId(): string { return $this->id; }
    public function getPropertyId(): int { return $this->propertyId; }
    public function getBookingRef(): ?string { return $this->bookingRef; }
    public function getRating(): int { return $this->rating; }
    public function getTitle(): string { return $this->title; }
    public function getBody(): string { return $this->body; }
    public function getAuthorName(): string { return $this->authorName; }
    public function getStatus(): string { return $this->status; }

    public function markAs(string $status): void
    {
        $this->status = $status;
    }
}
