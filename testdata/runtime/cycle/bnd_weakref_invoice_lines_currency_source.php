<?php
// Invoice lines hold their invoice weakly, but also keep the invoice strongly in a second property used as the currency source.

final class InvoiceLine
{
    private WeakReference $invoice;
    private Invoice $currencySource;

    public function __construct(Invoice $invoice, public readonly string $sku, public readonly int $cents, public readonly int $qty)
    {
        $this->invoice = WeakReference::create($invoice);
        $this->currencySource = $invoice; // leak
    }

    public function formatted(): string
    {
        return sprintf('%s x%d %.2f %s', $this->sku, $this->qty, $this->cents / 100, $this->currencySource->currency);
    }
}

final class Invoice
{
    /** @var list<InvoiceLine> */
    private array $lines = [];

    public function __construct(public readonly string $number, public readonly string $currency, public string $terms = '') {}

    public function addLine(string $sku, int $cents, int $qty): InvoiceLine
    {
        $line = new InvoiceLine($this, $sku, $cents, $qty);
        $this->lines[] = $line; // leak
        return $line;
    }
}

function bill_customer(int $i): string
{
    $invoice = new Invoice(sprintf('INV-%06d', $i), 'EUR', str_repeat('Payable within 30 days. ', 30));
    return $invoice->addLine('SKU-' . ($i % 50), 1990, 2)->formatted();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    bill_customer($i);
}
