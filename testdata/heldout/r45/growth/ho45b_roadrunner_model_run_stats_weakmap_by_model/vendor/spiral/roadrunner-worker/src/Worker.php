<?php

namespace Spiral\RoadRunner;

/**
 * Worker side of the RoadRunner pipe relay. Here the relay is replaced by
 * the server's request log so the worker can run without the rr binary.
 */
class Worker implements WorkerInterface
{
    private int $served = 0;

    private function __construct(private readonly int $maxJobs)
    {
    }

    public static function create(): self
    {
        return new self((int) (getenv('PHPLEAK_N') ?: 100));
    }

    public function waitPayload(): ?array
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $n = $this->served++;
        $models = ['gfs', 'icon', 'ifs', 'hrrr', 'nam'];
        $params = ['t2m', 'tp', 'msl', 'u10', 'cape'];
        $cycle = gmdate('YmdH', 1704067200 + 6 * 3600 * $n);
        return [
            'method' => 'GET',
            'uri' => sprintf('/models/%s/runs/%s/summary?param=%s', $models[$n % 5], $cycle, $params[intdiv($n, 5) % 5]),
            'headers' => ['accept' => 'application/json'],
        ];
    }

    public function respond(array $payload): void
    {
    }
}
