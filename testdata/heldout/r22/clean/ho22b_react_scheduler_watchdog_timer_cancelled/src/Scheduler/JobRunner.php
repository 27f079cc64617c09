<?php

declare(strict_types=1);

namespace App\Scheduler;

use Acme\Loop\Loop;
use Closure;

final class JobRun
{
    public string $output = '';
    public ?string $abortedBecause = null;

    public function __construct(
        public readonly string $job,
        public readonly string $runId,
        public readonly float $startedAt,
    ) {
    }
}

interface ScheduledJob
{
    public function name(): string;

    public function timeoutSeconds(): float;

    public function run(JobRun $run): void;
}

final class ConfiguredJob implements ScheduledJob
{
    public function __construct(
        private readonly string $name,
        private readonly float $timeout,
    ) {
    }

    public function name(): string
    {
        return $this->name;
    }

    public function timeoutSeconds(): float
    {
        return $this->timeout;
    }

    public function run(JobRun $run): void
    {
        for ($batch = 1; $batch <= 6; $batch++) {
            $run->output .= sprintf("[%s] %s batch %d processed 50 records\n", $run->runId, $this->name, $batch);
        }
    }
}

final class JobRunner
{
    private int $runs = 0;
    private int $aborted = 0;

    public function __construct(private readonly Loop $loop)
    {
    }

    public function execute(ScheduledJob $job): JobRun
    {
        $run = new JobRun($job->name(), sprintf('%s#%06d', $job->name(), ++$this->runs), $this->loop->now());
        $watchdog = $this->loop->addTimer($job->timeoutSeconds(), $this->watchdogFor($run));

        try {
            $job->run($run);
        } finally {
            $this->loop->cancelTimer($watchdog);
        }

        return $run;
    }

    private function watchdogFor(JobRun $run): Closure
    {
        return function () use ($run): void {
            $run->abortedBecause = 'timeout';
            $this->aborted++;
        };
    }
}
