<?php

declare(strict_types=1);

// Queue consumer (php artisan queue:work style) that collects approved
// merchant payouts and submits them to the bank as SEPA credit-transfer
// batches. Batching per merchant keeps the bank's per-file fees down.

namespace Settlement;

final class Payout
{
    public function __construct(
        public readonly string $id,
        public readonly string $merchantId,
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly string $iban,
        public readonly string $remittance,
        public readonly int $approvedAt,
    ) {
    }
}

final class BankGateway
{
    private int $files = 0;

    /** @param list<Payout> $payouts */
    public function submitBatch(string $merchantId, array $payouts): string
    {
        $this->files++;
        $total = array_sum(array_map(static fn (Payout $p) => $p->amountMinor, $payouts));

        return sprintf('pain001-%s-%d-%d', $merchantId, count($payouts), $total);
    }
}

final class SettlementPolicy
{
    public function __construct(
        public readonly int $minBatchMinor,
        public readonly int $cutoffHourUtc,
    ) {
    }

    /** Next bank cut-off strictly after $from. */
    public function nextCutoff(int $from): int
    {
        $day = intdiv($from, 86_400) * 86_400;
        $cutoff = $day + $this->cutoffHourUtc * 3_600;

        return $cutoff > $from ? $cutoff : $cutoff + 86_400;
    }
}

final class PayoutBatcher
{
    /** @var array<string, \SplQueue<Payout>> */
    private array $pending = [];

    /** @var array<string, int> */
    private array $pendingTotals = [];

    private int $cutoffAt;

    public function __construct(private SettlementPolicy $policy, private BankGateway $bank, int $bootedAt)
    {
        $this->cutoffAt = $policy->nextCutoff($bootedAt);
    }

    public function add(Payout $payout, int $now): ?string
    {
        $queue = $this->pending[$payout->merchantId] ??= new \SplQueue();
        $queue->enqueue($payout); // leak
        $this->pendingTotals[$payout->merchantId] = ($this->pendingTotals[$payout->merchantId] ?? 0) + $payout->amountMinor;

        if ($now >= $this->cutoffAt) {
            $this->cutoffAt = $this->policy->nextCutoff($now);
            $this->flushAll();

            return null;
        }
        if ($this->pendingTotals[$payout->merchantId] >= $this->policy->minBatchMinor) {
            return $this->flush($payout->merchantId);
        }

        return null;
    }

    private function flush(string $merchantId): ?string
    {
        $queue = $this->pending[$merchantId] ?? null;
        if ($queue === null || $queue->isEmpty()) {
            return null;
        }
        $batch = [];
        while (!$queue->isEmpty()) {
            $batch[] = $queue->dequeue();
        }
        $this->pendingTotals[$merchantId] = 0;

        return $this->bank->submitBatch($merchantId, $batch);
    }

    private function flushAll(): void
    {
        foreach (array_keys($this->pending) as $merchantId) {
            $this->flush($merchantId);
        }
    }
}

final class SettlePayoutJob
{
    public function __construct(public readonly array $payload)
    {
    }

    public function handle(PayoutBatcher $batcher): void
    {
        $p = $this->payload;
        $payout = new Payout($p['id'], $p['merchant_id'], $p['amount'], $p['currency'], $p['iban'], $p['remittance'], $p['approved_at']);
        $batcher->add($payout, $p['approved_at']);
    }
}

final class QueueWorker
{
    private const MERCHANTS = ['m_8841', 'm_1203', 'm_5530', 'm_0917', 'm_7712', 'm_3386', 'm_6045', 'm_2281', 'm_9950', 'm_4419',
        'm_1177', 'm_8023', 'm_5648', 'm_3390', 'm_7206', 'm_6612', 'm_2048', 'm_9131', 'm_4775', 'm_0306'];

    public function __construct(private PayoutBatcher $batcher)
    {
    }

    public function daemon(int $jobs, int $startAt): void
    {
        for ($i = 0; $i < $jobs; $i++) {
            $merchant = self::MERCHANTS[$i % count(self::MERCHANTS)];
            $job = new SettlePayoutJob([
                'id' => sprintf('po_%s%06d', substr(md5((string) $i), 0, 6), $i),
                'merchant_id' => $merchant,
                'amount' => 500 + ($i * 6133) % 4500,
                'currency' => 'EUR',
                'iban' => sprintf('DE%02d5001051%011d', 10 + crc32($merchant) % 89, crc32($merchant) % 99_999_999_999),
                'remittance' => sprintf('Payout %s orders %d-%d settlement window %s', $merchant, 90_000 + $i * 3, 90_002 + $i * 3, gmdate('Y-m-d', $startAt)),
                'approved_at' => $startAt + $i * 30,
            ]);
            $job->handle($this->batcher);
        }
    }
}

$booted = 1_700_071_200; // 18:00 UTC, just after today's cut-off
$batcher = new PayoutBatcher(new SettlementPolicy(minBatchMinor: 1_000_000, cutoffHourUtc: 17), new BankGateway(), $booted);
(new QueueWorker($batcher))->daemon((int) (getenv('PHPLEAK_N') ?: 100), $booted);
