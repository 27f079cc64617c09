<?php
// A report builder memoizes the totals of each report by its object id,
// in a trait that asks the class using it to compute them. The entry
// keeps the report only through a WeakReference: each report is freed
// when handled, its id is reused by the next, and the memo stays small.

final class ShiftReport
{
    /** @param list<array{good: int, scrap: int}> $entries */
    public function __construct(public readonly string $line, public readonly array $entries)
    {
    }
}

trait MemoizesTotals
{
    /** @var array<int, array{report: WeakReference<ShiftReport>, totals: array{good: int, scrap: int}}> */
    private static array $memo = [];

    protected function totalsFor(ShiftReport $report): array
    {
        $slot = spl_object_id($report);
        $hit = self::$memo[$slot] ?? null;
        if ($hit !== null && $hit['report']->get() === $report) {
            return $hit['totals'];
        }
        $totals = $this->computeTotals($report);
        self::$memo[$slot] = ['report' => WeakReference::create($report), 'totals' => $totals];

        return $totals;
    }

    abstract protected function computeTotals(ShiftReport $report): array;
}

final class ShiftReportBuilder
{
    use MemoizesTotals;

    public function summary(ShiftReport $report): string
    {
        $t = $this->totalsFor($report);

        return sprintf('%s: %d good, %d scrap', $report->line, $t['good'], $t['scrap']);
    }

    protected function computeTotals(ShiftReport $report): array
    {
        $totals = ['good' => 0, 'scrap' => 0];
        foreach ($report->entries as $e) {
            $totals['good'] += $e['good'];
            $totals['scrap'] += $e['scrap'];
        }

        return $totals;
    }
}

function handle(ShiftReportBuilder $builder, int $i): string
{
    return $builder->summary(new ShiftReport('line-' . ($i % 4), array_fill(0, 12, ['good' => 40 + $i % 7, 'scrap' => $i % 3])));
}

$builder = new ShiftReportBuilder();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($builder, $i);
}
