<?php

declare(strict_types=1);

namespace App\Http;

use App\Webhook\Delivery;
use App\Webhook\WebhookOutbox;
use Workerman\TcpConnection;

final class OrderController
{
    /** @param list<string> $subscribers */
    public function __construct(
        private readonly WebhookOutbox $outbox,
        private readonly array $subscribers,
        private readonly string $signingKey,
    ) {
    }

    public function onMessage(TcpConnection $connection, string $data): void
    {
        $order = json_decode($data, true);
        $order['status'] = 'placed';
        $order['placed_at'] = gmdate('Y-m-d\TH:i:s\Z', 1_700_000_000 + $order['seq']);

        $payload = json_encode(['type' => 'order.placed', 'data' => $order]);
        foreach ($this->subscribers as $url) {
            $this->outbox->push(new Delivery($url, 'order.placed', $payload, hash_hmac('sha256', $payload, $this->signingKey)));
        }

        $connection->send(json_encode(['id' => $order['id'], 'status' => 'placed']));
    }
}
