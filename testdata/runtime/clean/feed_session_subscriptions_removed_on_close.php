<?php

declare(strict_types=1);

// Each connection's session keeps its subscriptions in an
// SplObjectStorage, and each subscription points back at the session;
// close() empties the storage, which breaks the links.

final class Subscription
{
    public function __construct(public readonly FeedSession $session, public readonly string $topic, public readonly array $filter)
    {
    }
}

final class FeedSession
{
    private SplObjectStorage $subscriptions;
    private bool $open = true;

    public function __construct(public readonly string $clientId)
    {
        $this->subscriptions = new SplObjectStorage();
    }

    public function subscribe(string $topic, array $filter): Subscription
    {
        $sub = new Subscription($this, $topic, $filter);
        $this->subscriptions->attach($sub);

        return $sub;
    }

    public function close(): void
    {
        $this->open = false;
        $this->subscriptions->removeAll($this->subscriptions);
    }
}

final class FeedServer
{
    /** @var array<string, FeedSession> */
    private array $sessions = [];

    public function onOpen(string $clientId, string $payload): void
    {
        $session = $this->sessions[$clientId] = new FeedSession($clientId);
        foreach (explode(',', $payload) as $topic) {
            $session->subscribe($topic, ['since' => count($this->sessions), 'note' => str_repeat($topic, 20)]);
        }
    }

    public function onClose(string $clientId): void
    {
        $this->sessions[$clientId]->close();
        unset($this->sessions[$clientId]);
    }
}

$server = new FeedServer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->onOpen('client-' . $i, 'prices.eur,prices.usd');
    $server->onClose('client-' . $i);
}
