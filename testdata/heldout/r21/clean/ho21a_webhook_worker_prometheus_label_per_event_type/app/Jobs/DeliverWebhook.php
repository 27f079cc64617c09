<?php

declare(strict_types=1);

namespace App\Jobs;

enum WebhookEvent: string
{
    case InvoicePaid = 'invoice.paid';
    case InvoiceOverdue = 'invoice.overdue';
    case SubscriptionCancelled = 'subscription.cancelled';
}

final class WebhookSubscription
{
    public function __construct(
        public readonly int $accountId,
        public readonly string $url,
        public readonly WebhookEvent $event,
    ) {
    }
}

final class DeliverWebhook
{
    public int $attempts = 0;

    public function __construct(
        public readonly WebhookSubscription $subscription,
        public readonly array $payload,
    ) {
    }

    /** @return int HTTP status of the (simulated) delivery */
    public function handle(): int
    {
        $this->attempts++;
        $body = json_encode($this->payload, JSON_THROW_ON_ERROR);
        // a real client would POST $body to $this->subscription->url
        return strlen($body) > 0 ? 200 : 500;
    }
}
