<?php

declare(strict_types=1);

// Each invoice line is made by a static factory of its own class that
// hands it the invoice; the invoice keeps its lines in a collection.
// Invoice, collection and lines form a cycle, one per job.

final class LineList
{
    /** @var list<InvoiceLine> */
    private array $items = [];

    public function add(InvoiceLine $line): void
    {
        $this->items[] = $line; // leak
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (InvoiceLine $l): int => $l->cents, $this->items));
    }
}

final class InvoiceLine
{
    private function __construct(private Invoice $invoice, public readonly string $text, public readonly int $cents) // leak
    {
    }

    public static function for(Invoice $invoice, string $text, int $cents): self
    {
        return new self($invoice, $text, $cents);
    }
}

final class Invoice
{
    private LineList $lines;

    public function __construct(public readonly string $number)
    {
        $this->lines = new LineList();
    }

    public function addLine(string $text, int $cents): void
    {
        $this->lines->add(InvoiceLine::for($this, $text, $cents)); // leak
    }

    public function total(): int
    {
        return $this->lines->total();
    }
}

final class InvoiceJob
{
    public int $sum = 0;

    public function handle(int $n): void
    {
        $invoice = new Invoice(sprintf('INV-%06d', $n));
        $invoice->addLine(str_repeat('Consulting hours, March; ', 12), 120000);
        $invoice->addLine(str_repeat('Travel expenses; ', 12), 34000);
        $this->sum += $invoice->total();
    }
}

$job = new InvoiceJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle($i);
}
