<?php

declare(strict_types=1);

namespace App\PubSub;

use Workerman\Connection\TcpConnection;

final class TopicBroker
{
    /** @var array<string, \WeakMap<TcpConnection, Subscription>> */
    private array $subscribers = [];

    /** @param list<string> $topics */
    public function __construct(array $topics)
    {
        foreach ($topics as $topic) {
            $this->subscribers[$topic] = new \WeakMap();
        }
    }

    public function knows(string $topic): bool
    {
        return isset($this->subscribers[$topic]);
    }

    public function subscribe(TcpConnection $connection, Subscription $subscription): void
    {
        $this->subscribers[$subscription->topic][$connection] = $subscription;
    }

    public function publish(string $topic, array $event): int
    {
        $frame = json_encode(['topic' => $topic, 'event' => $event], JSON_THROW_ON_ERROR);
        $sent = 0;
        foreach ($this->subscribers[$topic] as $connection => $subscription) {
            if ($subscription->matches($event)) {
                $connection->send($frame);
                $subscription->delivered++;
                $sent++;
            }
        }
        return $sent;
    }
}
