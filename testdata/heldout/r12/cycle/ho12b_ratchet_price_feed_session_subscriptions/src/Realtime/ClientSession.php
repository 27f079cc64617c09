<?php
declare(strict_types=1);

namespace App\Realtime;

use Ratchet\ConnectionInterface;

final class ClientSession
{
    private \SplObjectStorage $subscriptions;
    private bool $open = true;

    public function __construct(
        public readonly ConnectionInterface $connection,
        public readonly string $accountId,
    ) {
        $this->subscriptions = new \SplObjectStorage();
    }

    /** @param array<string,string> $filter */
    public function subscribe(string $topic, array $filter): Subscription
    {
        $subscription = new Subscription($this, $topic, $filter);
        $this->subscriptions->attach($subscription, ['since' => microtime(true)]); // leak

        return $subscription;
    }

    public function push(string $topic, string $payload): void
    {
        if ($this->open) {
            $this->connection->send(json_encode(['topic' => $topic, 'data' => $payload], JSON_THROW_ON_ERROR));
        }
    }

    /** @return list<string> */
    public function topics(): array
    {
        $topics = [];
        foreach ($this->subscriptions as $subscription) {
            $topics[] = $subscription->topic;
        }

        return $topics;
    }

    public function close(): void
    {
        $this->open = false;
    }
}
