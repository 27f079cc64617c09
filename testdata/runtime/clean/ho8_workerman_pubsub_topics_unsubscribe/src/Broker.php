<?php

declare(strict_types=1);

namespace App\PubSub;

use Workerman\Connection\TcpConnection;

final class Broker
{
    /** @var array<int, TcpConnection> */
    private array $clients = [];

    /** @var array<string, array<int, TcpConnection>> */
    private array $topics = [];

    public function connect(TcpConnection $connection, array $claims): void
    {
        $connection->claims = $claims;
        $connection->topics = [];
        $this->clients[$connection->id] = $connection;
    }

    public function subscribe(TcpConnection $connection, string $topic): void
    {
        $this->topics[$topic][$connection->id] = $connection;
        $connection->topics[] = $topic;
    }

    public function publish(string $topic, string $payload): void
    {
        foreach ($this->topics[$topic] ?? [] as $subscriber) {
            $subscriber->send($payload);
        }
    }

    public function disconnect(TcpConnection $connection): void
    {
        foreach ($connection->topics as $topic) {
            unset($this->topics[$topic][$connection->id]);
        }
        unset($this->clients[$connection->id]);
    }
}
