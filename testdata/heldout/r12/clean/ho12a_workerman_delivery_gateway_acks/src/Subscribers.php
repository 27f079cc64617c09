<?php

declare(strict_types=1);

namespace App\Delivery;

use Workerman\Connection\TcpConnection;

final class Subscribers
{
    /** @var array<string, TcpConnection> */
    private array $byTopic = [];

    public function subscribe(string $topic, TcpConnection $connection): void
    {
        $this->byTopic[$topic] = $connection;
    }

    public function for(string $topic): ?TcpConnection
    {
        return $this->byTopic[$topic] ?? null;
    }
}
