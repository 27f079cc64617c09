<?php
// A search fan-out keeps one settle callback per source in $pending;
// each callback captures $pending by reference and takes its own entry
// out when called. Only the cache answers in time; the deadline timer
// only counts the callbacks still pending, so they stay in $pending,
// which they hold: a garbage cycle per search.

final class TimerLoop
{
    /** @var list<Closure> */
    private array $timers = [];

    public function addTimer(float $seconds, Closure $callback): void
    {
        $this->timers[] = $callback;
    }

    public function runDue(): void
    {
        $due = $this->timers;
        $this->timers = [];
        foreach ($due as $callback) {
            $callback();
        }
    }
}

final class SourceClient
{
    public function __construct(private readonly bool $fast)
    {
    }

    public function query(string $query, Closure $settle): void
    {
        // (a slow source answers after the deadline: not in this run)
        if ($this->fast) {
            $settle('hits for ' . $query);
        }
    }
}

final class SearchFanout
{
    public int $timeouts = 0;

    /** @param array<string, SourceClient> $sources */
    public function __construct(private readonly TimerLoop $loop, private readonly array $sources)
    {
    }

    public function search(string $query): void
    {
        $pending = [];
        $results = [];
        foreach (array_keys($this->sources) as $source) {
            $pending[$source] = function (?string $hits) use (&$pending, &$results, $source): void { // leak
                unset($pending[$source]);
                if ($hits !== null) {
                    $results[$source] = $hits;
                }
            };
        }
        foreach ($this->sources as $source => $client) {
            $client->query($query, $pending[$source]);
        }
        $this->loop->addTimer(0.2, function () use (&$pending): void {
            foreach ($pending as $settle) {
                $this->timeouts++;
            }
        });
    }
}

$loop = new TimerLoop();
$fanout = new SearchFanout($loop, [
    'cache' => new SourceClient(true),
    'catalog' => new SourceClient(false),
    'reviews' => new SourceClient(false),
    'sellers' => new SourceClient(false),
]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $fanout->search('query ' . $i . ' ' . str_repeat('x', 200));
    $loop->runDue();
}
