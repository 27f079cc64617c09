<?php

namespace ChatApp\Chat;

final class Participant
{
    private ?Room $room = null;
    private int $unread = 0;

    public function __construct(
        public readonly string $userId,
        public readonly string $nickname,
    ) {
    }

    public function joined(Room $room): void
    {
        $this->room = $room; // leak
        $this->unread = 0;
    }

    public function room(): ?Room
    {
        return $this->room;
    }

    public function notify(): void
    {
        $this->unread++;
    }
}
