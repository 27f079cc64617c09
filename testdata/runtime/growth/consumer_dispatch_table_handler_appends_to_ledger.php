<?php
// A hand-written queue consumer picks each job's handler from a table of
// invokable handlers keyed by the job name. The invoice handler records
// every paid invoice in the settlement ledger it shares with the refund
// handler; the ledger is made once, before the loop, and nothing ever
// takes a row out of it.

final class Job
{
    public function __construct(public string $name, public array $payload) {}
}

final class SettlementLedger
{
    /** @var list<array{invoice: string, amount: int, memo: string}> */
    private array $rows = [];

    public function record(string $invoice, int $amount, string $memo): void
    {
        $this->rows[] = ['invoice' => $invoice, 'amount' => $amount, 'memo' => $memo]; // leak
    }

    public function total(): int
    {
        return array_sum(array_column($this->rows, 'amount'));
    }
}

final class InvoicePaidHandler
{
    public function __construct(private SettlementLedger $ledger) {}

    public function __invoke(Job $job): void
    {
        $this->ledger->record($job->payload['invoice'], $job->payload['amount'], str_repeat('paid ', 30) . $job->payload['invoice']);
    }
}

final class RefundIssuedHandler
{
    public function __construct(private SettlementLedger $ledger) {}

    public function __invoke(Job $job): void
    {
        $this->ledger->record($job->payload['invoice'], -$job->payload['amount'], 'refund');
    }
}

$ledger = new SettlementLedger();
$handlers = [
    'invoice.paid' => new InvoicePaidHandler($ledger),
    'refund.issued' => new RefundIssuedHandler($ledger),
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new Job('invoice.paid', ['invoice' => sprintf('INV-%06d', 40000 + $i), 'amount' => 100 + $i % 70]);
    ($handlers[$job->name])($job);
}
