<?php

declare(strict_types=1);

namespace App\Chat;

use OpenSwoole\WebSocket\Frame;
use OpenSwoole\WebSocket\Server;

final class ChatController
{
    private const ROOMS = ['general', 'random', 'support'];

    public function __construct(private readonly RoomBroadcaster $broadcaster)
    {
    }

    public function onMessage(Server $server, Frame $frame): void
    {
        $data = json_decode($frame->data, true) ?: [];
        $room = \in_array($data['room'] ?? null, self::ROOMS, true) ? $data['room'] : 'general';

        $this->broadcaster->toRoom($room, $frame->fd, [
            'id' => (string) ($data['id'] ?? uniqid('m', true)),
            'from' => (string) ($data['from'] ?? 'anonymous'),
            'text' => substr((string) ($data['text'] ?? ''), 0, 2000),
            'sentAt' => date(DATE_ATOM),
        ]);
    }
}
