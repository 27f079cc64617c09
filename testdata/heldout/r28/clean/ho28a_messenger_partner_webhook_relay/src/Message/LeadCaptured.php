<?php

namespace App\Message;

final class LeadCaptured
{
    public function __construct(
        public readonly int $leadId,
        public readonly string $email,
        public readonly string $formId,
        public readonly array $fields,
        public readonly int $capturedAt,
    ) {
    }
}

final class RetryWebhookDelivery
{
    public function __construct(public readonly string $deliveryId, public readonly string $partner, public readonly int $attempt)
    {
    }
}
