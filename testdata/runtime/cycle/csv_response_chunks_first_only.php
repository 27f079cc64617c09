<?php

declare(strict_types=1);

// The response keeps the generator over its own rows; the sender reads
// only the first chunk, so the unfinished generator keeps $this.

final class CsvResponse
{
    private ?Generator $chunks = null;

    public function __construct(private readonly array $rows)
    {
    }

    public function prepare(): self
    {
        $this->chunks = $this->chunks(); // leak

        return $this;
    }

    public function send(): int
    {
        return strlen((string) $this->chunks->current());
    }

    private function chunks(): Generator
    {
        yield "id,name,total\n";
        foreach ($this->rows as $row) {
            yield implode(',', $row) . "\n";
        }
    }
}

final class ExportController
{
    public function download(int $customer): CsvResponse
    {
        $rows = [];
        for ($r = 0; $r < 4; $r++) {
            $rows[] = [$customer, str_repeat('name ', 20), $r * 100];
        }

        return (new CsvResponse($rows))->prepare();
    }
}

$controller = new ExportController();
$sent = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $sent += $controller->download($i)->send();
}
