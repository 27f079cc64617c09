<?php

namespace App\Webhook;

final class WebhookDelivery
{
    public function __construct(
        public readonly string $id,
        public readonly string $event,
        public readonly string $endpoint,
        public readonly array $data,
        public readonly string $signature,
    ) {
    }
}
