<?php
// A report export job: the report keeps a generator over its own rows in
// a property (made by an accessor), the job peeks at the first page to
// pick a template, then, on every path, streams the remaining pages, which
// runs the generator to its end: it lets go of the report.

final class Report
{
    private ?Generator $cursor = null;

    /** @param list<string> $rows */
    public function __construct(public readonly string $id, private array $rows)
    {
    }

    public function firstPage(): string
    {
        return $this->cursor()->current() ?? '';
    }

    /** @param callable(int, string): void $sink */
    public function streamRest(callable $sink): int
    {
        $cursor = $this->cursor();
        $n = 0;
        for ($cursor->next(); $cursor->valid(); $cursor->next()) {
            $sink($cursor->key(), $cursor->current());
            $n++;
        }

        return $n;
    }

    private function cursor(): Generator
    {
        return $this->cursor ??= $this->pages();
    }

    private function pages(): Generator
    {
        foreach (array_chunk($this->rows, 2) as $i => $chunk) {
            yield $i => $this->id . ': ' . implode(' | ', $chunk);
        }
    }
}

final class ExportJob
{
    public int $pages = 0;

    public function handle(Report $report): void
    {
        $first = $report->firstPage();
        if (str_contains($first, 'summary')) {
            $this->pages += $report->streamRest(static function (int $page, string $text): void {
            });

            return;
        }
        $this->pages += 1 + $report->streamRest(static function (int $page, string $text): void {
        });
    }
}

$job = new ExportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = [$i % 3 === 0 ? 'summary' : "row $i", str_repeat('a', 60), str_repeat('b', 60), str_repeat('c', 60), str_repeat('d', 60)];
    $job->handle(new Report("R$i", $rows));
}
