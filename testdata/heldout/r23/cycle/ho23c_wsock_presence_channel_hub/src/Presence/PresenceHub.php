<?php

declare(strict_types=1);

namespace App\Presence;

use Wsock\Connection;

final class PresenceHub
{
    /** @var array<string, PresenceChannel> */
    private array $channels = [];

    /** @param list<string> $rooms */
    public function __construct(private readonly array $rooms)
    {
    }

    public function channel(string $room): PresenceChannel
    {
        if (!in_array($room, $this->rooms, true)) {
            throw new \DomainException("Unknown room {$room}");
        }

        return $this->channels[$room] ??= new PresenceChannel('presence-room.' . $room);
    }

    /** @param array<string, mixed> $user */
    public function subscribe(Connection $connection, string $room, array $user): void
    {
        $channel = $this->channel($room);
        $channel->join($connection, $user);

        $connection->on('close', function () use ($connection, $channel): void { // leak
            $channel->leave($connection);
        });
        $connection->on('message', function (string $payload) use ($channel, $connection): void { // leak
            $message = json_decode($payload, true, 8, JSON_THROW_ON_ERROR);
            $channel->whisper($connection, $message['event'], $message['data']);
        });
    }
}
