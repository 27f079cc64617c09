<?php
declare(strict_types=1);

namespace Shop\Entity;

trait HasTimestamps
{
    private ?string $createdAt = null;
    private ?string $updatedAt = null;

    public function getCreatedAt(): ?string
    {
        return $this->createdAt;
    }

    public function touch(string $now): void
    {
        $this->createdAt ??= $now;
        $this->updatedAt = $now;
    }
}
