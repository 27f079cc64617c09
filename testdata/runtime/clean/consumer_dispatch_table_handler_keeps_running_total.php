<?php
// A hand-written queue consumer picks each job's handler from a table of
// invokable handlers keyed by the job name. The settlement ledger both
// handlers share keeps only a running total per currency (a fixed set),
// so a paid invoice adds nothing that stays.

final class Job
{
    public function __construct(public string $name, public array $payload) {}
}

final class SettlementLedger
{
    /** @var array<string, int> */
    private array $totals = [];

    public function record(string $currency, int $amount): void
    {
        if (!in_array($currency, ['EUR', 'USD', 'GBP'], true)) {
            throw new InvalidArgumentException("Unsupported currency {$currency}");
        }
        $this->totals[$currency] = ($this->totals[$currency] ?? 0) + $amount;
    }

    public function total(string $currency): int
    {
        return $this->totals[$currency] ?? 0;
    }
}

final class InvoicePaidHandler
{
    public function __construct(private SettlementLedger $ledger) {}

    public function __invoke(Job $job): void
    {
        $this->ledger->record($job->payload['currency'], $job->payload['amount']);
    }
}

final class RefundIssuedHandler
{
    public function __construct(private SettlementLedger $ledger) {}

    public function __invoke(Job $job): void
    {
        $this->ledger->record($job->payload['currency'], -$job->payload['amount']);
    }
}

$ledger = new SettlementLedger();
$handlers = [
    'invoice.paid' => new InvoicePaidHandler($ledger),
    'refund.issued' => new RefundIssuedHandler($ledger),
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new Job('invoice.paid', ['invoice' => sprintf('INV-%06d', 40000 + $i), 'currency' => ['EUR', 'USD', 'GBP'][$i % 3], 'amount' => 100 + $i % 70]);
    ($handlers[$job->name])($job);
}
