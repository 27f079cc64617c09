<?php

declare(strict_types=1);

namespace App\Accounting\Export;

final class InvoicePaid
{
    public function __construct(
        public readonly string $invoiceNumber,
        public readonly string $customerId,
        public readonly int $amountCents,
        public readonly string $currency,
        public readonly \DateTimeImmutable $paidAt,
    ) {}
}

final class ExportStorage
{
    /** @var array<string, int> */
    private array $bytes = [];

    /** @var array<string, \HashContext> */
    private array $digests = [];

    public function append(string $path, string $contents): void
    {
        $this->bytes[$path] = ($this->bytes[$path] ?? 0) + \strlen($contents);
        $this->digests[$path] ??= hash_init('sha256');
        hash_update($this->digests[$path], $contents);
    }
}

final class BufferedCsvWriter
{
    /** @var list<list<string>> */
    private array $rows = [];

    public function __construct(
        private readonly ExportStorage $storage,
        private readonly string $path,
        private readonly int $chunkRows,
    ) {}

    /** @param list<string> $row */
    public function write(array $row): void
    {
        $this->rows[] = $row; // leak
        if (\count($this->rows) >= $this->chunkRows) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->rows === []) {
            return;
        }
        $csv = '';
        foreach ($this->rows as $row) {
            $csv .= implode(';', array_map(static fn (string $v): string => '"' . str_replace('"', '""', $v) . '"', $row)) . "\n";
        }
        $this->storage->append($this->path, $csv);
        $this->rows = [];
    }

    public function __destruct()
    {
        $this->flush();
    }
}

final class LedgerLineFormatter
{
    public function __construct(private readonly string $revenueAccount) {}

    /** @return list<string> */
    public function format(InvoicePaid $event): array
    {
        return [
            $event->paidAt->format('Y-m-d'),
            $event->invoiceNumber,
            'DEB-' . $event->customerId,
            $this->revenueAccount,
            number_format($event->amountCents / 100, 2, ',', ''),
            $event->currency,
            sprintf('Payment received for invoice %s (customer %s)', $event->invoiceNumber, $event->customerId),
        ];
    }
}

final class InvoicePaidHandler
{
    public function __construct(
        private readonly LedgerLineFormatter $formatter,
        private readonly BufferedCsvWriter $ledger,
    ) {}

    public function __invoke(InvoicePaid $event): void
    {
        $this->ledger->write($this->formatter->format($event));
    }
}

final class Worker
{
    /** @var list<\Closure(object): void> */
    private array $handledListeners = [];

    /** @param array<class-string, callable(object): void> $handlers */
    public function __construct(private readonly array $handlers) {}

    public function onMessageHandled(\Closure $listener): void
    {
        $this->handledListeners[] = $listener;
    }

    /** @param iterable<object> $messages */
    public function run(iterable $messages): void
    {
        foreach ($messages as $message) {
            ($this->handlers[$message::class])($message);
            foreach ($this->handledListeners as $listener) {
                $listener($message);
            }
        }
    }
}

/** @return array<string, array<string, mixed>> */
function config(): array
{
    return [
        'accounting_export' => [
            'path' => 'exports/ledger/' . date('Y-m-d') . '.csv',
            'chunk_rows' => 5000,
            'revenue_account' => '8400',
        ],
    ];
}

$config = config()['accounting_export'];
$ledger = new BufferedCsvWriter(new ExportStorage(), $config['path'], $config['chunk_rows']);
$handler = new InvoicePaidHandler(new LedgerLineFormatter($config['revenue_account']), $ledger);
$worker = new Worker([InvoicePaid::class => $handler]);
$handled = 0;
$worker->onMessageHandled(static function (object $message) use (&$handled): void {
    $handled++;
});

$messages = static function (int $n): \Generator {
    $base = new \DateTimeImmutable('2024-05-01 08:00:00');
    for ($i = 0; $i < $n; $i++) {
        yield new InvoicePaid(sprintf('INV-2024-%06d', $i), (string) (7000 + $i % 321), 12000 + $i * 13, 'EUR', $base->modify("+{$i} minutes"));
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->run($messages($n));
