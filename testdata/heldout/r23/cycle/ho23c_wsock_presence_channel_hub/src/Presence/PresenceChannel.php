<?php

declare(strict_types=1);

namespace App\Presence;

use Wsock\Connection;

final class PresenceChannel
{
    /** @var array<int, array{connection: Connection, user: array<string, mixed>}> */
    private array $members = [];

    public function __construct(public readonly string $name)
    {
    }

    /** @param array<string, mixed> $user */
    public function join(Connection $connection, array $user): void
    {
        $this->members[$connection->id] = ['connection' => $connection, 'user' => $user];
        $this->broadcast('pusher_internal:member_added', $user, $connection->id);
    }

    public function leave(Connection $connection): void
    {
        $member = $this->members[$connection->id] ?? null;
        if ($member === null) {
            return;
        }

        unset($this->members[$connection->id]);
        $this->broadcast('pusher_internal:member_removed', ['user_id' => $member['user']['user_id']], $connection->id);
    }

    public function whisper(Connection $from, string $event, array $data): void
    {
        $this->broadcast('client-' . $event, $data, $from->id);
    }

    private function broadcast(string $event, array $data, ?int $exceptId = null): void
    {
        $frame = json_encode(['event' => $event, 'channel' => $this->name, 'data' => $data], JSON_THROW_ON_ERROR);
        foreach ($this->members as $id => $member) {
            if ($id !== $exceptId) {
                $member['connection']->send($frame);
            }
        }
    }
}
