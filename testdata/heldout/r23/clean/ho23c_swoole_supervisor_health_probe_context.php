<?php

declare(strict_types=1);

/*
 * Supervisor process of a Swoole server: a timer fires every few seconds,
 * builds a HealthRun, instantiates the configured probes for it and keeps
 * the latest report for the /healthz endpoint and the restart policy.
 */

final class ProbeResult
{
    public function __construct(
        public readonly string $probe,
        public readonly string $status,
        public readonly float $latencyMs,
        public readonly string $detail,
    ) {
    }
}

final class WorkerTable
{
    /** @var array<int, array{pid: int, requests: int, memory: int}> */
    private array $rows = [];

    public function __construct(int $workers)
    {
        for ($w = 0; $w < $workers; $w++) {
            $this->rows[$w] = ['pid' => 4000 + $w, 'requests' => 0, 'memory' => 24 << 20];
        }
    }

    public function update(int $tick): void
    {
        foreach ($this->rows as $w => $row) {
            $this->rows[$w]['requests'] = $row['requests'] + 3 + ($tick + $w) % 5;
            $this->rows[$w]['memory'] = (24 << 20) + (($tick * 7 + $w * 13) % 64) * 4096;
        }
    }

    public function rows(): array
    {
        return $this->rows;
    }
}

final class HealthRun
{
    /** @var array<class-string<Probe>, Probe> */
    private array $probes = [];

    /** @var list<ProbeResult> */
    private array $results = [];

    private float $clock;

    public function __construct(
        public readonly int $tick,
        public readonly float $startedAt,
        public readonly float $budgetMs,
        private readonly WorkerTable $workers,
    ) {
        $this->clock = $startedAt;
    }

    /** @param class-string<Probe> $class */
    public function probe(string $class): Probe
    {
        $probe = new $class($this);
        $this->probes[$class] = $probe;

        return $probe;
    }

    public function now(): float
    {
        return $this->clock += 0.0004;
    }

    public function deadline(): float
    {
        return $this->startedAt + $this->budgetMs / 1000;
    }

    public function workers(): WorkerTable
    {
        return $this->workers;
    }

    public function execute(): HealthReport
    {
        foreach ($this->probes as $probe) {
            $this->results[] = $probe->check();
        }

        return new HealthReport($this->tick, $this->results);
    }
}

final class ProbeContext
{
    private float $clock;

    public function __construct(
        public readonly int $tick,
        private readonly float $deadline,
        private readonly WorkerTable $workers,
        float $startedAt,
    ) {
        $this->clock = $startedAt;
    }

    public static function fromRun(HealthRun $run): self
    {
        return new self($run->tick, $run->deadline(), $run->workers(), $run->now());
    }

    public function now(): float
    {
        return $this->clock += 0.0004;
    }

    public function deadline(): float
    {
        return $this->deadline;
    }

    public function workers(): WorkerTable
    {
        return $this->workers;
    }
}

abstract class Probe
{
    protected readonly ProbeContext $run;

    public function __construct(HealthRun $run)
    {
        $this->run = ProbeContext::fromRun($run);
    }

    abstract public function check(): ProbeResult;

    protected function timed(string $name, \Closure $check): ProbeResult
    {
        $start = $this->run->now();
        [$status, $detail] = $check();
        $end = $this->run->now();

        if ($end > $this->run->deadline()) {
            $status = 'timeout';
        }

        return new ProbeResult($name, $status, ($end - $start) * 1000, $detail);
    }
}

final class DatabaseProbe extends Probe
{
    public function check(): ProbeResult
    {
        return $this->timed('database', fn (): array => [
            'ok',
            sprintf('SELECT 1 on mysql://app@db-primary.internal:3306/shop answered; replica lag %d ms; pool %d/%d in use at tick %d',
                ($this->run->tick * 37) % 400, $this->run->tick % 16, 16, $this->run->tick),
        ]);
    }
}

final class RedisProbe extends Probe
{
    public function check(): ProbeResult
    {
        return $this->timed('redis', fn (): array => [
            'ok',
            sprintf('PING redis://cache.internal:6379/2 -> PONG; used_memory=%dK keys=%d evicted=%d tick=%d',
                81920 + $this->run->tick % 1024, 120000 + $this->run->tick, $this->run->tick % 13, $this->run->tick),
        ]);
    }
}

final class WorkerPoolProbe extends Probe
{
    public function check(): ProbeResult
    {
        return $this->timed('workers', function (): array {
            $lines = [];
            foreach ($this->run->workers()->rows() as $w => $row) {
                $lines[] = sprintf('#%d pid=%d req=%d rss=%dK', $w, $row['pid'], $row['requests'], $row['memory'] >> 10);
            }

            return ['ok', implode('; ', $lines)];
        });
    }
}

final class HealthReport
{
    /** @param list<ProbeResult> $results */
    public function __construct(public readonly int $tick, public readonly array $results)
    {
    }

    public function healthy(): bool
    {
        foreach ($this->results as $result) {
            if ($result->status !== 'ok') {
                return false;
            }
        }

        return true;
    }
}

final class Supervisor
{
    private ?HealthReport $latest = null;

    /** @var array<string, int> */
    private array $statusCounts = ['healthy' => 0, 'degraded' => 0];

    /** @param list<class-string<Probe>> $probes */
    public function __construct(
        private readonly array $probes,
        private readonly WorkerTable $workers,
        private readonly float $budgetMs,
    ) {
    }

    public function onTimer(int $tick): void
    {
        $this->workers->update($tick);

        $run = new HealthRun($tick, 1700000000.0 + $tick * 5, $this->budgetMs, $this->workers);
        foreach ($this->probes as $class) {
            $run->probe($class);
        }

        $this->latest = $run->execute();
        $this->statusCounts[$this->latest->healthy() ? 'healthy' : 'degraded']++;
    }
}

$supervisor = new Supervisor(
    [DatabaseProbe::class, RedisProbe::class, WorkerPoolProbe::class],
    new WorkerTable(4),
    250.0,
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($tick = 0; $tick < $n; $tick++) {
    $supervisor->onTimer($tick);
}
