<?php

declare(strict_types=1);

use App\Billing\UsageBatch;
use App\Billing\UsageBatchHandler;
use App\Billing\UsageLedger;
use App\Billing\UsageRecord;
use App\Tenancy\TenantContext;
use App\Tenancy\TenantRepository;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

final class UsageQueueReceiver implements ReceiverInterface
{
    private int $seq = 0;

    /** @param list<string> $tenantIds */
    public function __construct(private readonly array $tenantIds)
    {
    }

    public function get(): iterable
    {
        $seq = ++$this->seq;
        $records = [];
        foreach ($this->tenantIds as $i => $tenantId) {
            $records[] = new UsageRecord($tenantId, 'api.calls', ($seq * 7 + $i) % 500);
        }
        yield new Envelope(new UsageBatch('batch-' . $seq, $records));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

return static function (): array {
    $tenants = new TenantRepository([
        'acme' => ['name' => 'Acme', 'status' => 'active', 'rate' => 0.002],
        'globex' => ['name' => 'Globex', 'status' => 'suspended', 'rate' => 0.003],
        'initech' => ['name' => 'Initech', 'status' => 'active', 'rate' => 0.0015],
        'umbrella' => ['name' => 'Umbrella', 'status' => 'active', 'rate' => 0.004],
    ]);
    $context = new TenantContext();
    $handler = new UsageBatchHandler($tenants, $context, new UsageLedger());

    return [
        'context' => $context,
        'handlers' => [UsageBatch::class => [$handler]],
        'receiver' => new UsageQueueReceiver(['acme', 'globex', 'initech', 'umbrella']),
    ];
};
