<?php

declare(strict_types=1);

namespace App\Webhook;

final class Delivery
{
    public int $attempts = 0;
    public ?string $lastError = null;

    public function __construct(
        public readonly string $endpoint,
        public readonly string $event,
        public readonly string $payload,
        public readonly string $signature,
    ) {
    }
}

interface HttpSender
{
    /** @return int HTTP status */
    public function post(string $url, string $body, array $headers): int;
}

/**
 * Deliveries are queued while the request is handled and relayed by a
 * repeating timer, so a slow subscriber never delays the customer's
 * response. A failed delivery goes to the back of the queue for the next
 * round.
 */
final class WebhookOutbox
{
    private \SplQueue $queue;
    private int $delivered = 0;

    public function __construct(private readonly HttpSender $http)
    {
        $this->queue = new \SplQueue();
    }

    public function push(Delivery $delivery): void
    {
        $this->queue->enqueue($delivery); // leak
    }

    public function relay(): void
    {
        // One attempt for everything that is pending right now.
        for ($pending = count($this->queue); $pending > 0; $pending--) {
            $delivery = $this->queue->dequeue();
            $delivery->attempts++;

            $status = $this->http->post($delivery->endpoint, $delivery->payload, [
                'Content-Type' => 'application/json',
                'X-Signature' => $delivery->signature,
                'X-Event' => $delivery->event,
            ]);

            if ($status >= 200 && $status < 300) {
                $this->delivered++;
                continue;
            }

            $delivery->lastError = 'HTTP ' . $status;
            $this->queue->enqueue($delivery); // leak
        }
    }

    public function backlog(): int
    {
        return count($this->queue);
    }
}
