<?php
// A worker queues outgoing webhooks on a prioritised outbox that is flushed whenever a batch of ten deliveries has accumulated.

final class WebhookDelivery
{
    public function __construct(
        public readonly string $url,
        public readonly string $event,
        public readonly string $payload,
    ) {}
}

final class WebhookOutbox
{
    private SplPriorityQueue $pending;
    public int $delivered = 0;

    public function __construct()
    {
        $this->pending = new SplPriorityQueue();
    }

    public function push(WebhookDelivery $delivery, int $priority): void
    {
        $this->pending->insert($delivery, $priority);
    }

    public function flushIfPossible(): void
    {
        if (!$this->batchReady()) {
            return;
        }
        while (!$this->pending->isEmpty()) {
            $this->pending->extract();
            $this->delivered++;
        }
    }

    private function batchReady(): bool
    {
        return $this->pending->count() >= 10;
    }
}

final class SubscriptionService
{
    public function __construct(private WebhookOutbox $outbox) {}

    public function renew(int $subscriptionId, string $plan): array
    {
        $payload = json_encode([
            'id' => $subscriptionId,
            'plan' => $plan,
            'renewed_at' => date(DATE_ATOM, 1700000000 + $subscriptionId),
            'invoice_lines' => array_fill(0, 24, 'Seat licence, monthly'),
        ]);
        $this->outbox->push(new WebhookDelivery('https://hooks.example.com/billing', 'subscription.renewed', $payload), $plan === 'enterprise' ? 10 : 1);
        return ['id' => $subscriptionId, 'status' => 'active'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$outbox = new WebhookOutbox();
$service = new SubscriptionService($outbox);
for ($i = 0; $i < $n; $i++) {
    $service->renew(30000 + $i, $i % 5 === 0 ? 'enterprise' : 'team');
    $outbox->flushIfPossible();
}
