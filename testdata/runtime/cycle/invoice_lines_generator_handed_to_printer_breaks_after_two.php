<?php
// An invoice renders its lines lazily in a generator over $this that it
// memoises in a property; the worker's job handler hands that generator to a printer whose
// method breaks after two lines, so the generator stays suspended, holding the
// invoice that holds it.

final class Invoice
{
    private ?Generator $lines = null;

    public function __construct(public readonly string $number, private readonly array $items) {}

    public function lines(): Generator
    {
        return $this->lines ??= $this->render(); // leak
    }

    private function render(): Generator
    {
        foreach ($this->items as $item) {
            yield sprintf('%-20s %3d x %8.2f', $item['sku'], $item['qty'], $item['price'] / 100);
        }
    }
}

final class LinePrinter
{
    public function print(Generator $lines): string
    {
        $out = '';
        $taken = 0;
        foreach ($lines as $line) {
            if ($taken++ === 2) {
                break;
            }
            $out .= $line . "\n";
        }

        return $out;
    }
}

$printer = new LinePrinter();
$handler = static function (array $job) use ($printer): int {
    $invoice = new Invoice($job['number'], $job['items']);

    return strlen($printer->print($invoice->lines()));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $items = [];
    for ($k = 0; $k < 6; $k++) {
        $items[] = ['sku' => "SKU-{$i}-{$k}", 'qty' => $k + 1, 'price' => 995 + $k];
    }
    $handler(['number' => "INV-{$i}", 'items' => $items]);
}
