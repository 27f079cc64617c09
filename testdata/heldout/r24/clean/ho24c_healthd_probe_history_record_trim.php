<?php

// Health-check sidecar daemon: every tick it probes the services a worker
// pool depends on and keeps a short history so /status can show the last
// results and the reporter can publish status transitions.

enum ProbeStatus: string
{
    case Up = 'up';
    case Degraded = 'degraded';
    case Down = 'down';
}

final class ProbeResult
{
    public function __construct(
        public readonly string $check,
        public readonly ProbeStatus $status,
        public readonly float $latencyMs,
        public readonly float $at,
        public readonly array $details,
    ) {
    }
}

interface Probe
{
    public function name(): string;

    public function run(int $tick): ProbeResult;
}

final class TcpProbe implements Probe
{
    public function __construct(private string $name, private string $host, private int $port)
    {
    }

    public function name(): string
    {
        return $this->name;
    }

    public function run(int $tick): ProbeResult
    {
        $latency = 0.4 + (($tick * 37 + $this->port) % 90) / 10;

        return new ProbeResult($this->name, ProbeStatus::Up, $latency, microtime(true), [
            'target' => "{$this->host}:{$this->port}",
            'message' => sprintf('connected to %s:%d in %.1fms (tick %d)', $this->host, $this->port, $latency, $tick),
        ]);
    }
}

final class ProbeHistory
{
    private SplQueue $results;

    public function __construct(private int $keep)
    {
        $this->results = new SplQueue();
    }

    public function record(ProbeResult $result): void
    {
        $this->results->enqueue($result);
        $this->trim();
    }

    /** @return list<ProbeResult> */
    public function window(): array
    {
        $this->trim();

        return iterator_to_array($this->results, false);
    }

    public function trim(): void
    {
        while ($this->results->count() > $this->keep) {
            $this->results->dequeue();
        }
    }
}

final class StatusReporter
{
    /** @var array<string, ProbeStatus> */
    private array $last = [];
    public int $published = 0;

    public function __construct(private ProbeHistory $history)
    {
    }

    public function observe(ProbeResult $result): void
    {
        $previous = $this->last[$result->check] ?? ProbeStatus::Up;
        $this->last[$result->check] = $result->status;
        if ($previous !== $result->status) {
            $this->publish($result->check, $this->history->window());
        }
    }

    private function publish(string $check, array $window): void
    {
        $this->published++;
        // would POST {$check} with $window to the status page
    }
}

final class HealthDaemon
{
    /** @param list<Probe> $probes */
    public function __construct(
        private array $probes,
        private ProbeHistory $history,
        private StatusReporter $reporter,
    ) {
    }

    public function tick(int $tick): array
    {
        $summary = [];
        foreach ($this->probes as $probe) {
            $result = $probe->run($tick);
            $this->history->record($result);
            $this->reporter->observe($result);
            $summary[$probe->name()] = $result->status->value;
        }

        return $summary;
    }
}

$history = new ProbeHistory(keep: 30);
$daemon = new HealthDaemon([
    new TcpProbe('postgres', 'db.internal', 5432),
    new TcpProbe('redis', 'cache.internal', 6379),
    new TcpProbe('rabbitmq', 'mq.internal', 5672),
], $history, new StatusReporter($history));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $daemon->tick($i);
}
