<?php

declare(strict_types=1);

require __DIR__ . '/vendor/promphp/src/Registry.php';
require __DIR__ . '/app/Jobs/DeliverWebhook.php';
require __DIR__ . '/app/Metrics/WebhookMetrics.php';

use App\Jobs\DeliverWebhook;
use App\Jobs\WebhookEvent;
use App\Jobs\WebhookSubscription;
use App\Metrics\WebhookMetrics;

final class QueueWorker
{
    public function __construct(private readonly string $queue)
    {
    }

    public function runNextJob(DeliverWebhook $job): void
    {
        $started = hrtime(true);
        $status = $job->handle();
        WebhookMetrics::recordDelivery($job, $status, (hrtime(true) - $started) / 1e9);
    }
}

$worker = new QueueWorker('webhooks');
$events = WebhookEvent::cases();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $accountId = 9_000 + $i;
    $subscription = new WebhookSubscription(
        $accountId,
        "https://hooks.customer-{$accountId}.example.com/billing/callback?token=" . md5((string) $accountId),
        $events[$i % count($events)],
    );
    $worker->runNextJob(new DeliverWebhook($subscription, [
        'account' => $accountId,
        'invoice' => "INV-{$i}",
        'amount' => 4200 + $i,
    ]));
}
