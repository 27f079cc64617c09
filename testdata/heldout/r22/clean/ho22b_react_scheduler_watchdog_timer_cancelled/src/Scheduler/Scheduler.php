<?php

declare(strict_types=1);

namespace App\Scheduler;

use Acme\Loop\Loop;

final class Scheduler
{
    /** @var list<ScheduledJob> */
    private array $jobs = [];

    public function __construct(
        private readonly Loop $loop,
        private readonly JobRunner $runner,
    ) {
    }

    /** @param list<array{name: string, timeout: float}> $config */
    public static function fromConfig(Loop $loop, array $config): self
    {
        $scheduler = new self($loop, new JobRunner($loop));
        foreach ($config as $entry) {
            $scheduler->jobs[] = new ConfiguredJob($entry['name'], $entry['timeout']);
        }

        return $scheduler;
    }

    public function tick(int $tick): void
    {
        $job = $this->jobs[$tick % count($this->jobs)];
        $this->runner->execute($job);
        $this->loop->advance(0.01);
    }
}
