<?php
// A pub/sub broker keeps each topic's subscribers in an SplObjectStorage
// made at boot, keyed by the connection: the storage keeps every
// connection and its subscription after the client is gone.

final class Connection
{
    public function __construct(public readonly int $id) {}
}

final class Subscription
{
    public function __construct(public readonly string $topic, public readonly array $filters) {}
}

final class TopicBroker
{
    private array $subscribers = [];

    public function __construct(array $topics)
    {
        foreach ($topics as $topic) {
            $this->subscribers[$topic] = new SplObjectStorage();
        }
    }

    public function subscribe(Connection $connection, Subscription $subscription): void
    {
        $this->subscribers[$subscription->topic][$connection] = $subscription; // leak
    }
}

$broker = new TopicBroker(['prices', 'news']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection($i);
    $broker->subscribe($connection, new Subscription($i % 2 ? 'prices' : 'news', array_fill(0, 30, 'symbol-filter'))); // leak
    unset($connection);
}
