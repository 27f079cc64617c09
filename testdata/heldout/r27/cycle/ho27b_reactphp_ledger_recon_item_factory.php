<?php

declare(strict_types=1);

/*
 * Bank statement reconciliation consumer. A ReactPHP-style loop ticks every
 * AMQP delivery; each delivery carries the lines of one intraday statement
 * (camt.052) which are matched against the open ledger entries loaded at boot.
 */

final class EventLoop
{
    /** @var SplQueue<callable> */
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(callable $listener): void
    {
        $this->ticks->enqueue($listener);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class AmqpDelivery
{
    public function __construct(
        public readonly string $deliveryTag,
        public readonly string $routingKey,
        public readonly string $body,
    ) {
    }
}

final class OpenLedgerEntries
{
    /** @var array<string, array{id: string, amount: int, currency: string, reference: string, account: string}> */
    private array $byReference = [];

    public function __construct(array $entries)
    {
        foreach ($entries as $entry) {
            $this->byReference[$entry['reference']] = $entry;
        }
    }

    public function findByReference(string $reference): ?array
    {
        return $this->byReference[$reference] ?? null;
    }

    public function findByAmount(int $amount, string $currency): ?array
    {
        foreach ($this->byReference as $entry) {
            if ($entry['amount'] === $amount && $entry['currency'] === $currency) {
                return $entry;
            }
        }

        return null;
    }
}

abstract class ReconciliationItem
{
    public function __construct(
        protected ReconciliationRun $run, // leak
        protected array $bankLine,
    ) {
    }

    abstract public function status(): string;

    public function describe(): string
    {
        return sprintf('%s %s %d %s', $this->run->accountIban, $this->bankLine['end_to_end_id'], $this->bankLine['amount'], $this->status());
    }
}

final class MatchedItem extends ReconciliationItem
{
    public function __construct(ReconciliationRun $run, array $bankLine, private array $ledgerEntry, private string $rule)
    {
        parent::__construct($run, $bankLine);
    }

    public function status(): string
    {
        return 'matched:' . $this->rule . ':' . $this->ledgerEntry['id'];
    }
}

final class UnmatchedItem extends ReconciliationItem
{
    public function status(): string
    {
        return 'suspense';
    }
}

final class ReconciliationItemFactory
{
    private const KINDS = [
        'matched' => MatchedItem::class,
        'unmatched' => UnmatchedItem::class,
    ];

    public function create(string $kind, ReconciliationRun $run, array $bankLine, array $extra = []): ReconciliationItem
    {
        $class = self::KINDS[$kind];

        return new $class($run, $bankLine, ...$extra);
    }
}

final class ReconciliationRun
{
    /** @var list<ReconciliationItem> */
    private array $items = [];

    public function __construct(
        public readonly string $statementId,
        public readonly string $accountIban,
        private ReconciliationItemFactory $factory,
    ) {
    }

    public function record(string $kind, array $bankLine, array $extra = []): ReconciliationItem
    {
        $item = $this->factory->create($kind, $this, $bankLine, $extra);
        $this->items[] = $item; // leak

        return $item;
    }

    /** @return array<string, int> */
    public function countsByStatus(): array
    {
        $counts = ['matched' => 0, 'suspense' => 0];
        foreach ($this->items as $item) {
            $counts[str_starts_with($item->status(), 'matched') ? 'matched' : 'suspense']++;
        }

        return $counts;
    }
}

final class StatementReconciler
{
    public function __construct(
        private OpenLedgerEntries $ledger,
        private ReconciliationItemFactory $factory,
    ) {
    }

    public function reconcile(array $statement): ReconciliationRun
    {
        $run = new ReconciliationRun($statement['statement_id'], $statement['iban'], $this->factory);
        foreach ($statement['lines'] as $line) {
            $entry = $this->ledger->findByReference($line['remittance_info']);
            $rule = 'reference';
            if ($entry === null) {
                $entry = $this->ledger->findByAmount($line['amount'], $line['currency']);
                $rule = 'amount';
            }
            if ($entry !== null) {
                $run->record('matched', $line, [$entry, $rule]);
            } else {
                $run->record('unmatched', $line);
            }
        }

        return $run;
    }
}

final class ReconciliationMetrics
{
    /** @var array<string, int> */
    private array $totals = ['matched' => 0, 'suspense' => 0, 'statements' => 0];

    public function observe(array $counts): void
    {
        foreach ($counts as $status => $count) {
            $this->totals[$status] += $count;
        }
        $this->totals['statements']++;
    }
}

final class StatementConsumer
{
    public function __construct(
        private StatementReconciler $reconciler,
        private ReconciliationMetrics $metrics,
    ) {
    }

    public function onDelivery(AmqpDelivery $delivery): void
    {
        $statement = json_decode($delivery->body, true, 512, JSON_THROW_ON_ERROR);
        $run = $this->reconciler->reconcile($statement);
        $this->metrics->observe($run->countsByStatus());
    }
}

$ledger = new OpenLedgerEntries([
    ['id' => 'le_1001', 'amount' => 125000, 'currency' => 'EUR', 'reference' => 'INV-2024-0310', 'account' => '1200'],
    ['id' => 'le_1002', 'amount' => 89990, 'currency' => 'EUR', 'reference' => 'INV-2024-0311', 'account' => '1200'],
    ['id' => 'le_1003', 'amount' => 4500, 'currency' => 'EUR', 'reference' => 'INV-2024-0312', 'account' => '1210'],
]);
$consumer = new StatementConsumer(
    new StatementReconciler($ledger, new ReconciliationItemFactory()),
    new ReconciliationMetrics(),
);
$loop = new EventLoop();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'statement_id' => sprintf('STMT-%s-%05d', '20240314', $i),
        'iban' => 'DE89370400440532013000',
        'lines' => [
            [
                'end_to_end_id' => sprintf('E2E%012d', 880000 + $i),
                'amount' => [125000, 89990, 4500, 31337][$i % 4],
                'currency' => 'EUR',
                'remittance_info' => sprintf('INV-2024-%04d', 310 + $i % 5),
                'debtor' => 'Muster Handels GmbH, Hauptstrasse ' . ($i % 90) . ', 10115 Berlin',
            ],
            [
                'end_to_end_id' => sprintf('E2E%012d', 990000 + $i),
                'amount' => 1000 + $i,
                'currency' => 'EUR',
                'remittance_info' => 'SEPA CT ' . bin2hex(random_bytes(6)),
                'debtor' => 'Beispiel AG',
            ],
        ],
    ]);
    $delivery = new AmqpDelivery((string) $i, 'bank.statement.camt052', $body);
    $loop->futureTick(static fn () => $consumer->onDelivery($delivery));
    $loop->run();
}
