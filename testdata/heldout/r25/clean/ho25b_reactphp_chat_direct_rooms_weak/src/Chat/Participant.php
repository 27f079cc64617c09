<?php

namespace ChatApp\Chat;

final class Participant
{
    /** @var \WeakReference<Room>|null the directory owns rooms; members only point back */
    private ?\WeakReference $room = null;
    private int $unread = 0;

    public function __construct(
        public readonly string $userId,
        public readonly string $nickname,
    ) {
    }

    public function joined(Room $room): void
    {
        $this->room = \WeakReference::create($room);
        $this->unread = 0;
    }

    public function room(): ?Room
    {
        return $this->room?->get();
    }

    public function notify(): void
    {
        $this->unread++;
    }
}
