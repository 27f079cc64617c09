<?php
// A CSV exporter adds static arrow-function formatters to its own column set; static fn binds no $this.

final class ColumnSet
{
    /** @var array<string, Closure> */
    private array $columns = [];

    public function add(string $header, Closure $format): void
    {
        $this->columns[$header] = $format;
    }

    public function row(array $record): array
    {
        $out = [];
        foreach ($this->columns as $header => $format) {
            $out[] = $format($record);
        }
        return $out;
    }

    public function headers(): array
    {
        return array_keys($this->columns);
    }
}

final class CustomerCsvExporter
{
    private ColumnSet $columns;
    private string $preamble;

    public function __construct(private string $delimiter)
    {
        $this->preamble = '# exported customers ' . str_repeat('=', 600);
        $this->columns = new ColumnSet();
        $this->columns->add('email', static fn (array $c): string => strtolower($c['email']));
        $this->columns->add('name', static fn (array $c): string => trim($c['first'] . ' ' . $c['last']));
    }

    public function export(array $customers): string
    {
        $lines = [implode($this->delimiter, $this->columns->headers())];
        foreach ($customers as $customer) {
            $lines[] = implode($this->delimiter, $this->columns->row($customer));
        }
        return implode("\n", $lines);
    }
}

function handle(int $i): int
{
    $exporter = new CustomerCsvExporter(';');
    return strlen($exporter->export([['email' => "Ann{$i}@Example.test", 'first' => 'Ann', 'last' => 'Lee']]));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
