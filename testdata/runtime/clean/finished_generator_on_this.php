<?php
// A CSV reader stores its row generator on itself and always reads it to the end.

final class CsvReader
{
    private ?Generator $rows = null;

    public function __construct(private string $content, private string $delimiter = ',') {}

    private function parse(): Generator
    {
        foreach (explode("\n", $this->content) as $line) {
            if ($line !== '') {
                yield str_getcsv($line, $this->delimiter);
            }
        }
    }

    public function all(): array
    {
        $this->rows = $this->parse();
        $out = [];
        foreach ($this->rows as $row) {
            $out[] = $row;
        }
        return $out;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $reader = new CsvReader("id,name\n{$i},alice\n" . ($i + 1) . ',' . str_repeat('b', 200) . "\n");
    $reader->all();
}
unset($reader);
