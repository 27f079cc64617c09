<?php
// Invoice lines keep a back-link to their invoice (promoted constructor property).

final class Money
{
    public function __construct(
        public readonly int $amount,
        public readonly string $currency = 'EUR',
    ) {}

    public function add(Money $other): Money
    {
        return new Money($this->amount + $other->amount, $this->currency);
    }
}

final class InvoiceLine
{
    public function __construct(
        private Invoice $invoice, // leak
        public readonly string $description,
        public readonly Money $price,
        public readonly int $quantity,
    ) {}

    public function total(): Money
    {
        return new Money($this->price->amount * $this->quantity, $this->invoice->currency());
    }
}

final class Invoice
{
    /** @var list<InvoiceLine> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        private string $currency = 'EUR',
    ) {}

    public function currency(): string
    {
        return $this->currency;
    }

    public function addLine(string $description, int $cents, int $quantity): InvoiceLine
    {
        $line = new InvoiceLine($this, $description, new Money($cents, $this->currency), $quantity);
        $this->lines[] = $line; // leak
        return $line;
    }

    public function total(): Money
    {
        $sum = new Money(0, $this->currency);
        foreach ($this->lines as $line) {
            $sum = $sum->add($line->total());
        }
        return $sum;
    }
}

final class InvoiceController
{
    public function create(array $payload): int
    {
        $invoice = new Invoice($payload['number']);
        foreach ($payload['items'] as [$description, $cents, $qty]) {
            $invoice->addLine($description, $cents, $qty);
        }
        return $invoice->total()->amount;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new InvoiceController();
for ($i = 0; $i < $n; $i++) {
    $controller->create([
        'number' => sprintf('INV-%06d', $i),
        'items' => [
            ['Consulting hours', 12000, 3],
            ['Travel expenses', 4550, 1],
        ],
    ]);
}
