<?php
// A museum's visitor API in a worker loop. Each request runs a new
// invokable action, (new RecordVisit($stats))($request), given the one
// VisitStats service the worker made at start. The action counts the
// visit under the gallery, one of three: three entries at most.

final class VisitStats
{
    /** @var array<string, int> */
    private array $byKey = [];

    public function count(string $key): void
    {
        $this->byKey[$key] = ($this->byKey[$key] ?? 0) + 1;
    }
}

final class RecordVisit
{
    public function __construct(private VisitStats $stats)
    {
    }

    /** @param array{visitor: string, gallery: string} $request */
    public function __invoke(array $request): string
    {
        $this->stats->count(match ($request['gallery']) { 'east' => 'east', 'west' => 'west', default => 'north' });

        return 'ok';
    }
}

$stats = new VisitStats();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['visitor' => hash('sha256', 'visitor-' . $i) . str_repeat('v', 900), 'gallery' => ['east', 'west', 'north'][$i % 3]];
    (new RecordVisit($stats))($request);
}
