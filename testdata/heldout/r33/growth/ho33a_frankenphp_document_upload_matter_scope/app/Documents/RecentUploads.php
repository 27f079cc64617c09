<?php

namespace App\Documents;

/** Last uploads shown on the matter team's dashboard widget. */
final class RecentUploads
{
    private const SLOTS = 25;

    /** @var array<int, array<string, string>> */
    private array $slots = [];
    private int $next = 0;

    public function remember(array $summary): void
    {
        $this->slots[$this->next] = $summary;
        $this->next = ($this->next + 1) % self::SLOTS;
    }

    public function all(): array
    {
        return array_values($this->slots);
    }
}
