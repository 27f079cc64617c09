<?php
// A statement builds its formatted lines lazily in a generator it keeps
// and hands out; the preview stops reading after a few lines, so the
// generator stays suspended, holding the statement that holds it.

final class Statement
{
    private ?Generator $lines = null;

    public function __construct(public readonly int $account, private readonly array $entries) {}

    public function lines(): Generator
    {
        return $this->lines ??= $this->format(); // leak
    }

    public function preview(int $limit): array
    {
        $out = [];
        foreach ($this->lines() as $line) {
            if (count($out) === $limit) {
                break;
            }
            $out[] = $line;
        }

        return $out;
    }

    private function format(): Generator
    {
        foreach ($this->entries as $entry) {
            yield sprintf('%s %-12s %8.2f', $entry['date'], $entry['ref'], $entry['amount'] / 100);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $entries = [];
    for ($k = 0; $k < 8; $k++) {
        $entries[] = ['date' => '2024-05-0' . ($k + 1), 'ref' => 'INV-' . ($i * 10 + $k), 'amount' => 1000 + $k];
    }
    $statement = new Statement($i, $entries);
    $statement->preview(3);
    unset($statement);
}
