<?php
// A search service streams candidates from a generator and lists the
// lookups in flight for its status page: the generator notes its lookup
// before the first candidate and takes it out after the last. The job
// keeps the best candidate and so iterates the generator to its end,
// which takes the entry out.

final class Lookup
{
    public function __construct(public readonly string $query, public readonly string $trace)
    {
    }
}

final class CandidateIndex
{
    /** @var array<string, Lookup> */
    private array $running = [];

    /** @return Generator<int, array{name: string, score: float}> */
    public function candidates(string $query): Generator
    {
        $key = md5($query);
        $this->running[$key] = new Lookup($query, str_repeat('trace ', 120));
        foreach (['street', 'district', 'city', 'region'] as $i => $level) {
            yield ['name' => $level . ':' . $query, 'score' => 1.0 - $i * 0.2];
        }
        unset($this->running[$key]);
    }

    public function inFlight(): int
    {
        return count($this->running);
    }
}

$index = new CandidateIndex();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $best = null;
    foreach ($index->candidates('address ' . $i) as $candidate) {
        if ($best === null || $candidate['score'] > $best['score']) {
            $best = $candidate;
        }
    }
}
