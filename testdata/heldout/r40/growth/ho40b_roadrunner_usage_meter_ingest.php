<?php

declare(strict_types=1);

/*
 * Usage-metering ingest endpoint of a cloud control panel, running in a
 * RoadRunner PSR-7 worker. Hypervisor agents POST per-VM usage (CPU seconds,
 * egress bytes, disk IOPS); the endpoint buffers samples and writes them to
 * the billing warehouse in batches.
 */

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker. */
final class PSR7Worker
{
    private int $served = 0;

    /** @param Closure(int): ?ServerRequest $relay */
    public function __construct(private Closure $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return ($this->relay)($this->served++);
    }

    public function respond(int $status, string $body): void
    {
    }
}

final class UsageSample
{
    public function __construct(
        public readonly int $tenantId,
        public readonly string $vmUuid,
        public readonly string $metric,
        public readonly float $quantity,
        public readonly string $unit,
        public readonly int $windowStart,
        public readonly int $windowEnd,
        public readonly array $labels,
    ) {
    }

    public function sizeHint(): int
    {
        return 64 + strlen($this->vmUuid) + strlen($this->metric) + strlen(implode('', $this->labels));
    }
}

final class MeteringConfig
{
    public function __construct(
        public readonly int $batchSize,
        public readonly int $maxBufferedBytes,
        public readonly int $flushIntervalSeconds,
    ) {
    }

    public static function fromEnv(array $env): self
    {
        return new self(
            (int) ($env['METERING_BATCH_SIZE'] ?? 500),
            (int) ($env['METERING_MAX_BUFFER_BYTES'] ?? 1 << 20),
            (int) ($env['METERING_FLUSH_INTERVAL'] ?? 60),
        );
    }
}

final class WarehouseWriter
{
    public int $rowsWritten = 0;

    /** @param list<UsageSample> $rows */
    public function insertBatch(string $table, array $rows): void
    {
        $this->rowsWritten += count($rows);
    }
}

final class UsageBuffer
{
    private SplQueue $queue;
    private int $bufferedBytes = 0;
    private int $lastFlushAt;

    public function __construct(private MeteringConfig $config)
    {
        $this->queue = new SplQueue();
        $this->lastFlushAt = time();
    }

    public function push(UsageSample $sample): void
    {
        $this->queue->enqueue($sample); // leak
        $this->bufferedBytes += $sample->sizeHint();
    }

    public function isDue(int $now): bool
    {
        return $this->queue->count() >= $this->config->batchSize
            || $this->bufferedBytes >= $this->config->maxBufferedBytes
            || $now - $this->lastFlushAt >= $this->config->flushIntervalSeconds;
    }

    /** @return list<UsageSample> */
    public function drain(int $now): array
    {
        $rows = [];
        while (!$this->queue->isEmpty()) {
            $rows[] = $this->queue->dequeue();
        }
        $this->bufferedBytes = 0;
        $this->lastFlushAt = $now;

        return $rows;
    }
}

final class UsageIngestController
{
    private const METRICS = [
        'cpu_seconds' => 's',
        'net_egress' => 'bytes',
        'net_ingress' => 'bytes',
        'disk_iops' => 'ops',
    ];

    public function __construct(
        private UsageBuffer $buffer,
        private WarehouseWriter $warehouse,
    ) {
    }

    public function handle(ServerRequest $request): array
    {
        $payload = json_decode($request->body, true, 16, JSON_THROW_ON_ERROR);
        $accepted = 0;

        foreach ($payload['samples'] as $row) {
            $unit = self::METRICS[$row['metric']] ?? null;
            if ($unit === null) {
                continue;
            }
            $this->buffer->push(new UsageSample(
                (int) $payload['tenant_id'],
                $payload['vm_uuid'],
                $row['metric'],
                (float) $row['value'],
                $unit,
                (int) $payload['window'][0],
                (int) $payload['window'][1],
                ['node' => $payload['node'], 'region' => $payload['region'], 'plan' => $payload['plan'], 'agent' => $request->headers['user-agent']],
            ));
            $accepted++;
        }

        $now = time();
        if ($this->buffer->isDue($now)) {
            $this->warehouse->insertBatch('usage_samples', $this->buffer->drain($now));
        }

        return ['accepted' => $accepted];
    }
}

$requests = (int) (getenv('PHPLEAK_N') ?: 100);

$env = [
    'METERING_BATCH_SIZE' => '10000',
    'METERING_MAX_BUFFER_BYTES' => (string) (16 << 20),
    'METERING_FLUSH_INTERVAL' => '300',
];
$warehouse = new WarehouseWriter();
$controller = new UsageIngestController(new UsageBuffer(MeteringConfig::fromEnv($env)), $warehouse);

$nodes = ['cn-fra1-01', 'cn-fra1-02', 'cn-ams3-07', 'cn-nyc2-11'];
$worker = new PSR7Worker(static function (int $seq) use ($requests, $nodes): ?ServerRequest {
    if ($seq >= $requests) {
        return null;
    }
    $body = json_encode([
        'tenant_id' => 4000 + $seq % 91,
        'vm_uuid' => sprintf('%08x-%04x-4abc-9def-%012x', crc32("vm-$seq"), $seq % 65536, $seq * 7919),
        'node' => $nodes[$seq % 4],
        'region' => substr($nodes[$seq % 4], 3, 4),
        'plan' => ['s-1vcpu-1gb', 's-2vcpu-4gb', 'c-8vcpu-16gb'][$seq % 3],
        'window' => [1714521600 + $seq * 60, 1714521660 + $seq * 60],
        'samples' => [
            ['metric' => 'cpu_seconds', 'value' => 12.5 + $seq % 40],
            ['metric' => 'net_egress', 'value' => 1048576 * ($seq % 13)],
        ],
    ]);

    return new ServerRequest('POST', '/internal/metering/usage', ['user-agent' => 'hv-agent/2.14.1', 'content-type' => 'application/json'], $body);
});

while ($request = $worker->waitRequest()) {
    $worker->respond(202, json_encode($controller->handle($request)));
}
