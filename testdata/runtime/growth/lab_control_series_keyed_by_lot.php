<?php
// A lab QC consumer keeps a window of control results per series. The
// analyte is checked against the targets the lab configured, but the
// series key adds the reagent lot of the result, which changes with every
// run: one window more per result, kept for the life of the worker.

final class ControlTargets
{
    /** @var array<string, float> */
    private array $targets = [
        'glucose/1' => 5.2, 'glucose/2' => 14.8, 'sodium/1' => 138.0,
        'sodium/2' => 152.0, 'potassium/1' => 4.1, 'potassium/2' => 6.3,
    ];

    public function has(string $analyte, int $level): bool
    {
        return isset($this->targets[$analyte . '/' . $level]);
    }
}

final class ControlSeries
{
    /** @var array<string, list<string>> */
    private array $series = [];

    public function __construct(private ControlTargets $targets)
    {
    }

    public function record(string $instrument, string $analyte, int $level, string $lot, string $result): void
    {
        if (!in_array($instrument, ['cobas-1', 'cobas-2'], true)) {
            throw new InvalidArgumentException('unknown instrument');
        }
        if (!$this->targets->has($analyte, $level)) {
            throw new InvalidArgumentException('no target for ' . $analyte);
        }
        $key = $instrument . '/' . $analyte . '/' . $level . '/' . $lot;
        $window = $this->series[$key] ?? [];
        $window[] = $result;
        $this->series[$key] = array_slice($window, -5); // leak
    }
}

$series = new ControlSeries(new ControlTargets());
$analytes = ['glucose', 'sodium', 'potassium'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $m = json_decode(json_encode([
        'instrument' => 'cobas-' . (1 + $i % 2),
        'analyte' => $analytes[$i % 3],
        'level' => 1 + $i % 2,
        'lot' => sprintf('L%05d', 1000 + $i),
        'result' => sprintf('run %d value %.2f %s', $i, 4 + ($i % 50) / 10, str_repeat('.', 260)),
    ]), true);
    $series->record($m['instrument'], $m['analyte'], $m['level'], $m['lot'], $m['result']);
}
