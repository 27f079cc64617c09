<?php
// A catalogue importer pulls supplier price files over FTP in a worker
// loop. Each import wraps its download in a retry policy made by a
// static factory, Retry::around($op), which returns a new Retry that
// keeps the operation. The operation is a closure written in the
// importer's method: it binds $this, and the importer keeps the policy.

final class Retry
{
    private int $attempts = 0;

    private function __construct(
        private readonly \Closure $op, // leak
        private readonly int $max,
    )
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
        $this->download = Retry::around(function (): string { // leak
            return $this->fetch();
        });

        return strlen($this->download->run());
    }

    private function fetch(): string
    {
        return str_repeat($this->listing, 3);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $import = new PriceFileImport('supplier-' . ($i % 40), str_repeat('sku;price;', 60) . $i);
    $import->run();
}
