<?php

declare(strict_types=1);

namespace App\PubSub;

use Workerman\Connection\TcpConnection;

final class ProtocolHandler
{
    private int $open = 0;

    public function __construct(
        private readonly TopicBroker $broker,
        private readonly int $maxFilters,
    ) {
    }

    public function onConnect(TcpConnection $connection): void
    {
        $this->open++;
        $connection->send("{\"type\":\"welcome\"}\n");
    }

    public function onMessage(TcpConnection $connection, string $data): void
    {
        $frame = json_decode($data, true, 16, JSON_THROW_ON_ERROR);

        match ($frame['op'] ?? null) {
            'subscribe' => $this->subscribe($connection, $frame),
            'publish' => $this->broker->knows((string) $frame['topic'])
                ? $this->broker->publish((string) $frame['topic'], (array) $frame['event'])
                : $connection->send("{\"error\":\"unknown topic\"}\n"),
            default => $connection->send("{\"error\":\"bad op\"}\n"),
        };
    }

    public function onClose(TcpConnection $connection): void
    {
        $this->open--;
    }

    private function subscribe(TcpConnection $connection, array $frame): void
    {
        foreach ((array) $frame['topics'] as $topic) {
            if (!$this->broker->knows((string) $topic)) {
                continue;
            }
            $filters = \array_slice(array_map('strval', (array) ($frame['filters'] ?? [])), 0, $this->maxFilters, true);
            $this->broker->subscribe($connection, new Subscription((string) $topic, (string) $frame['client'], $filters, microtime(true)));
        }
        $connection->send("{\"type\":\"subscribed\"}\n");
    }
}
