<?php

namespace App\Handler;

use App\Message\ShipLogBatch;
use App\Shipping\LokiPushClient;
use App\Shipping\TenantQuota;
use Monolog\Logger;

final class ShipLogBatchHandler
{
    public function __construct(
        private LokiPushClient $loki,
        private TenantQuota $quota,
        private Logger $logger,
    ) {
    }

    public function __invoke(ShipLogBatch $batch): int
    {
        $bytes = array_sum(array_map(static fn (array $line): int => strlen($line[1]), $batch->lines));
        $this->quota->consume($batch->tenant, $bytes);

        $stream = ['tenant' => $batch->tenant] + $batch->labels;
        $sent = $this->loki->push([['stream' => $stream, 'values' => $batch->lines]]);
        $this->logger->info('Shipped log batch', ['lines' => count($batch->lines), 'bytes' => $sent]);

        return $sent;
    }
}
