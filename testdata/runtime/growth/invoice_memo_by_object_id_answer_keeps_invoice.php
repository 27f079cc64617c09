<?php
// Several checks ask about one invoice during a request; the answers are
// memoised by the invoice object's id, through a helper that takes the
// computation as a closure. The answer the closure makes keeps the
// invoice itself, so no invoice is freed and no id is reused.

final class Invoice
{
    public function __construct(public readonly string $number, public readonly int $cents, public readonly string $notes)
    {
    }
}

final class TaxAnswer
{
    public function __construct(public readonly Invoice $invoice, public readonly string $invoiceNumber, public readonly int $taxCents)
    {
    }
}

trait MemoizesPerInvoice
{
    private static array $answers = [];

    protected function remember(Invoice $invoice, Closure $compute): TaxAnswer
    {
        $slot = spl_object_id($invoice);
        $cached = self::$answers[$slot] ?? null;
        if ($cached === null || $cached->invoiceNumber !== $invoice->number) {
            $cached = self::$answers[$slot] = $compute($invoice); // leak
        }
        return $cached;
    }
}

final class TaxCheck
{
    use MemoizesPerInvoice;

    public function taxFor(Invoice $invoice): TaxAnswer
    {
        return $this->remember($invoice, function (Invoice $i): TaxAnswer {
            return new TaxAnswer($i, $i->number, intdiv($i->cents * 19, 100));
        });
    }
}

$check = new TaxCheck();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($k = 0; $k < $n; $k++) {
    $invoice = new Invoice(sprintf('INV-%07d', $k), 1000 + $k, str_repeat('line item; ', 60));
    $check->taxFor($invoice);
    $check->taxFor($invoice);
}
