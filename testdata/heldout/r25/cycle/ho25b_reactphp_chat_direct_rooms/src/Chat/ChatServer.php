<?php

namespace ChatApp\Chat;

use ChatApp\Presence\PresenceRegistry;
use React\Socket\Connection;
use React\Socket\SocketServer;

final class ChatServer
{
    private int $clock = 1718000000;

    public function __construct(
        private readonly RoomDirectory $rooms,
        private readonly PresenceRegistry $presence,
    ) {
    }

    public function listen(SocketServer $socket): void
    {
        $socket->on('connection', function (Connection $conn): void {
            $me = null;
            $conn->on('data', function (string $chunk) use ($conn, &$me): void {
                foreach (explode("\n", trim($chunk)) as $line) {
                    $me = $this->handleLine($conn, $me, $line);
                }
            });
            $conn->on('close', function () use (&$me): void {
                if ($me instanceof Participant) {
                    $this->rooms->leaveAll($me->userId);
                    $this->presence->markOffline($me->userId);
                }
            });
        });
    }

    private function handleLine(Connection $conn, ?Participant $me, string $line): ?Participant
    {
        [$cmd, $rest] = array_pad(explode(' ', $line, 2), 2, '');
        $this->clock++;
        if ($cmd === 'HELLO') {
            [$userId, $nick] = explode(' ', $rest, 2);
            $this->presence->markOnline($userId, $conn->getRemoteAddress(), $this->clock);
            $conn->write("WELCOME $nick\n");
            return new Participant($userId, $nick);
        }
        if ($cmd === 'WHISPER' && $me !== null) {
            [$target, $targetNick, $body] = explode(' ', $rest, 3);
            $room = $this->rooms->direct($me, new Participant($target, $targetNick));
            $room->post($me->userId, $body, $this->clock);
            $conn->write($this->presence->isOnline($target) ? "DELIVERED\n" : "QUEUED\n");
        }
        return $me;
    }
}
