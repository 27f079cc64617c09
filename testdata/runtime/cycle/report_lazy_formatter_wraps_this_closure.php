<?php

declare(strict_types=1);

// A report made per request resolves its formatter lazily: a private
// helper returns a closure over $this, and the setter keeps it wrapped
// in a Lazy holder. Report, Lazy and closure form a cycle.

final class Lazy
{
    private mixed $value = null;

    public function __construct(private readonly Closure $factory) // leak
    {
    }

    public function get(): mixed
    {
        return $this->value ??= ($this->factory)();
    }
}

final class SalesReport
{
    private ?Lazy $formatter = null;

    public function __construct(private readonly array $rows)
    {
        $this->setFormatter($this->makeFormatter()); // leak
    }

    public function setFormatter(Closure $factory): void
    {
        $this->formatter = new Lazy($factory); // leak
    }

    public function render(): string
    {
        return ($this->formatter->get())($this->rows);
    }

    private function makeFormatter(): Closure
    {
        return fn (): Closure => fn (array $rows): string => count($this->rows) . ' rows: ' . implode(',', array_column($rows, 'sku'));
    }
}

final class ReportController
{
    public int $bytes = 0;

    public function show(int $n): void
    {
        $rows = [];
        for ($r = 0; $r < 4; $r++) {
            $rows[] = ['sku' => "SKU-{$n}-{$r}", 'note' => str_repeat('note ', 20)];
        }
        $this->bytes += strlen((new SalesReport($rows))->render());
    }
}

$controller = new ReportController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show($i);
}
