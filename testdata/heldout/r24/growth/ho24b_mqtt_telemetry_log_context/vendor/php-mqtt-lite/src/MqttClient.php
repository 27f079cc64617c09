<?php

declare(strict_types=1);

namespace PhpMqtt\Client;

/** In-process stand-in for the broker connection: a queue of inbound PUBLISH packets. */
final class InboundQueue
{
    /** @var \SplQueue<array{0: string, 1: string, 2: int}> */
    private \SplQueue $packets;

    public function __construct()
    {
        $this->packets = new \SplQueue();
    }

    public function push(string $topic, string $payload, int $messageId): void
    {
        $this->packets->enqueue([$topic, $payload, $messageId]);
    }

    /** @return array{0: string, 1: string, 2: int}|null */
    public function next(): ?array
    {
        return $this->packets->isEmpty() ? null : $this->packets->dequeue();
    }
}

final class MqttClient
{
    /** @var array<string, array{filter: string, callback: callable, qos: int}> */
    private array $subscriptions = [];

    private bool $interrupted = false;

    public function __construct(private string $host, private int $port, private string $clientId, private InboundQueue $wire)
    {
    }

    public function connect(): void
    {
    }

    public function subscribe(string $topicFilter, callable $callback, int $qos = 0): void
    {
        $this->subscriptions[$topicFilter] = ['filter' => $topicFilter, 'callback' => $callback, 'qos' => $qos];
    }

    public function interrupt(): void
    {
        $this->interrupted = true;
    }

    /** Runs the event loop; with $exitWhenQueueEmpty it returns once the wire is drained. */
    public function loop(bool $allowSleep = true, bool $exitWhenQueueEmpty = false): void
    {
        while (!$this->interrupted) {
            $packet = $this->wire->next();
            if ($packet === null) {
                if ($exitWhenQueueEmpty) {
                    return;
                }
                continue;
            }
            [$topic, $payload, $messageId] = $packet;
            foreach ($this->subscriptions as $sub) {
                if (self::matches($sub['filter'], $topic)) {
                    ($sub['callback'])($topic, $payload, false, $messageId);
                }
            }
        }
    }

    private static function matches(string $filter, string $topic): bool
    {
        $pattern = '#^' . str_replace(['\+', '\#'], ['[^/]+', '.*'], preg_quote($filter, '#')) . '$#';

        return (bool) preg_match($pattern, $topic);
    }
}
