<?php

namespace App\Notification;

final class Digest
{
    /** @var list<DigestItem> */
    private array $items = [];

    public function __construct(
        public readonly int $userId,
        public readonly string $locale,
        public readonly string $period,
    ) {
    }

    public function add(DigestItem $item): self
    {
        $this->items[] = $item; // leak
        $item->attachTo($this);
        return $this;
    }

    /** @return list<DigestItem> */
    public function items(): array
    {
        return $this->items;
    }

    public function subject(): string
    {
        return sprintf('You have %d new notifications', count($this->items));
    }
}
