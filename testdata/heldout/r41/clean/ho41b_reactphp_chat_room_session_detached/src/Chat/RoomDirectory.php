<?php
declare(strict_types=1);

namespace App\Chat;

/** Who is in which match-chat room right now. Long-lived, shared by all connections. */
final class RoomDirectory
{
    /** @var array<string, array<string, ChatSession>> */
    private array $rooms = [];

    public function join(string $room, ChatSession $session): void
    {
        $this->rooms[$room][$session->id()] = $session;
    }

    public function leave(string $room, ChatSession $session): void
    {
        unset($this->rooms[$room][$session->id()]);
        if (($this->rooms[$room] ?? []) === []) {
            unset($this->rooms[$room]);
        }
    }

    public function leaveAll(ChatSession $session): void
    {
        foreach ($session->rooms() as $room) {
            $this->leave($room, $session);
        }
    }

    /** @return iterable<ChatSession> */
    public function others(string $room, ChatSession $except): iterable
    {
        foreach ($this->rooms[$room] ?? [] as $id => $session) {
            if ($id !== $except->id()) {
                yield $session;
            }
        }
    }
}
