<?php

namespace App\Console\Commands;

use App\Metrics\MetricsRegistry;
use Illuminate\Console\Command;

class DeliverWebhooks extends Command
{
    protected $signature = 'webhooks:deliver {--max-jobs=0 : Exit after delivering this many webhooks}';

    protected $description = 'Deliver pending webhooks to subscriber endpoints';

    public function handle(MetricsRegistry $metrics): int
    {
        $maxJobs = (int) $this->option('max-jobs');
        for ($job = 1; $job <= $maxJobs; $job++) {
            $delivery = ['id' => sprintf('dlv_%010d', $job), 'endpoint' => 'https://hooks.partner-' . ($job % 8) . '.example.com/v2/events/incoming'];
            $labels = ['endpoint' => $delivery['endpoint'], 'delivery' => $delivery['id'], 'event' => 'invoice.paid'];
            $metrics->register('webhook_delivery_attempts_total', $labels, 'Delivery attempts for one webhook, by endpoint and delivery id');
            $payload = json_encode(['id' => $delivery['id'], 'type' => 'invoice.paid', 'data' => ['amount' => 4200 + $job]]);
            $metrics->increment('webhook_delivery_attempts_total', $labels);
            $this->info("POST {$delivery['endpoint']} " . strlen($payload) . ' bytes');
        }

        return self::SUCCESS;
    }
}
