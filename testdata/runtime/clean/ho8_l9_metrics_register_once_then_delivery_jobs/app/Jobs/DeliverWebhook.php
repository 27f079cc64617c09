<?php

namespace App\Jobs;

use App\Metrics\MetricsRegistry;

class DeliverWebhook
{
    public function __construct(public string $deliveryId, public string $endpoint, public int $amount) {}

    public function handle(MetricsRegistry $metrics): void
    {
        $payload = json_encode(['id' => $this->deliveryId, 'type' => 'invoice.paid', 'data' => ['amount' => $this->amount]]);
        $metrics->increment('webhook_delivery_attempts_total', ['endpoint' => $this->endpoint, 'event' => 'invoice.paid']);
        $signature = hash_hmac('sha256', $payload, 'whsec_test');
    }
}
