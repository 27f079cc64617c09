<?php

declare(strict_types=1);

// A report made per request resolves its formatter lazily: a private
// static helper returns a static closure, and the setter keeps it
// wrapped in a Lazy holder; nothing points back at the report.

final class Lazy
{
    private mixed $value = null;

    public function __construct(private readonly Closure $factory)
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
        $this->setFormatter(self::makeFormatter());
    }

    public function setFormatter(Closure $factory): void
    {
        $this->formatter = new Lazy($factory);
    }

    public function render(): string
    {
        return ($this->formatter->get())($this->rows);
    }

    private static function makeFormatter(): Closure
    {
        return static fn (): Closure => static fn (array $rows): string => count($rows) . ' rows: ' . implode(',', array_column($rows, 'sku'));
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
