<?php

declare(strict_types=1);

namespace App\Webhooks;

use SplDoublyLinkedList;
use SplQueue;

final class Delivery
{
    public function __construct(
        public readonly string $endpoint,
        public readonly string $event,
        public readonly string $body,
        public readonly string $signature,
        public readonly int $attempt = 1,
    ) {
    }
}

interface HttpTransport
{
    public function post(string $url, string $body, array $headers): int;
}

final class NullTransport implements HttpTransport
{
    public int $sent = 0;

    public function post(string $url, string $body, array $headers): int
    {
        $this->sent++;

        return 202;
    }
}

final class WebhookDispatcher
{
    private SplQueue $outgoing;

    /** @param array<string, list<string>> $subscriptions event => endpoint urls, from config/webhooks.php */
    public function __construct(
        private readonly HttpTransport $transport,
        private readonly array $subscriptions,
        private readonly string $secret,
    ) {
        $this->outgoing = new SplQueue();
        $this->outgoing->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    /** @param array<string, mixed> $payload */
    public function publish(string $event, array $payload): int
    {
        $body = json_encode(['event' => $event, 'data' => $payload, 'sent_at' => date(DATE_ATOM)], JSON_THROW_ON_ERROR);
        $queued = 0;
        foreach ($this->subscriptions[$event] ?? [] as $endpoint) {
            $this->outgoing->enqueue(new Delivery($endpoint, $event, $body, hash_hmac('sha256', $body, $this->secret)));
            $queued++;
        }

        return $queued;
    }

    /** Runs on the worker's timer, outside the request that produced the deliveries. */
    public function flush(): void
    {
        foreach ($this->outgoing as $delivery) {
            $this->transport->post($delivery->endpoint, $delivery->body, [
                'Content-Type' => 'application/json',
                'X-Signature' => $delivery->signature,
                'X-Attempt' => (string) $delivery->attempt,
            ]);
        }
    }
}
