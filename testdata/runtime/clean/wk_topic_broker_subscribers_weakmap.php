<?php
// A pub/sub broker keeps each topic's subscribers in a WeakMap made at
// boot, keyed by the connection: a subscription goes with its connection
// when the client disconnects.

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
            $this->subscribers[$topic] = new WeakMap();
        }
    }

    public function subscribe(Connection $connection, Subscription $subscription): void
    {
        $this->subscribers[$subscription->topic][$connection] = $subscription;
    }
}

$broker = new TopicBroker(['prices', 'news']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection($i);
    $broker->subscribe($connection, new Subscription($i % 2 ? 'prices' : 'news', array_fill(0, 30, 'symbol-filter')));
    unset($connection);
}
