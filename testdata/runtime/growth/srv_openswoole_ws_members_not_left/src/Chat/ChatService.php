<?php

namespace App\Chat;

final class ChatService
{
    private int $disconnects = 0;

    public function __construct(private ChatRoom $room)
    {
    }

    /**
     * @param array<string, string> $headers
     * @param array<string, string> $query
     */
    public function connect(int $fd, array $headers, array $query, string $remoteAddr): string
    {
        $this->room->join(new Member($fd, $query['user'] ?? 'guest-' . $fd, $remoteAddr, $headers, time()));

        return json_encode(['type' => 'welcome', 'room' => $this->room->name, 'online' => $this->room->size()]);
    }

    public function say(int $fd, string $data): ?string
    {
        $member = $this->room->member($fd);
        $message = json_decode($data, true);
        if ($member === null || ($message['type'] ?? null) !== 'say') {
            return null;
        }

        return json_encode(['type' => 'said', 'from' => $member->name, 'text' => substr((string) $message['text'], 0, 280)]);
    }

    public function disconnect(int $fd): void
    {
        $this->disconnects++;
    }
}
