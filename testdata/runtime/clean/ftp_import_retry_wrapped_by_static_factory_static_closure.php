<?php
// A catalogue importer pulls supplier price files over FTP in a worker
// loop. Each import wraps its download in a retry policy made by a
// static factory, Retry::around($op), which returns a new Retry that
// keeps the operation. The operation is a static closure given what it
// needs: it does not bind $this, so nothing points back to the importer.

final class Retry
{
    private int $attempts = 0;

    private function __construct(private readonly \Closure $op, private readonly int $max)
    {
    }

    public static function around(\Closure $op, int $max = 3): self
    {
        return new self($op, $max);
    }

    public function run(): string
    {
        while (true) {
            try {
                return ($this->op)();
            } catch (\RuntimeException $e) {
                if (++$this->attempts >= $this->max) {
                    throw $e;
                }
            }
        }
    }
}

final class PriceFileImport
{
    private ?Retry $download = null;

    public function __construct(public readonly string $supplier, private string $listing)
    {
    }

    public function run(): int
    {
        $listing = $this->listing;
        $this->download = Retry::around(static function () use ($listing): string {
            return str_repeat($listing, 3);
        });

        return strlen($this->download->run());
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $import = new PriceFileImport('supplier-' . ($i % 40), str_repeat('sku;price;', 60) . $i);
    $import->run();
}
