<?php

declare(strict_types=1);

/*
 * Backup runner daemon of a hosting control panel on a ReactPHP-style loop.
 * Every tick it picks the next due backup schedule, snapshots the VM's
 * volume, uploads it to object storage and, when the schedule asks for it,
 * verifies the archive. Progress is reported to the panel's API.
 */

/** Stand-in for React\EventLoop\Loop: future ticks run when run() is called. */
final class Loop
{
    /** @var list<Closure> */
    private static array $ticks = [];

    public static function futureTick(Closure $listener): void
    {
        self::$ticks[] = $listener;
    }

    public static function run(): void
    {
        while (self::$ticks !== []) {
            $tick = array_shift(self::$ticks);
            $tick();
        }
    }
}

final class BackupJob
{
    public function __construct(
        public readonly int $scheduleId,
        public readonly string $serverId,
        public readonly string $volumeId,
        public readonly string $target,
        public readonly bool $verify,
        public readonly int $dueAt,
    ) {
    }
}

final class SnapshotDriver
{
    public function snapshot(string $volumeId, int $at): string
    {
        return sprintf('snap-%s-%s', substr($volumeId, 4, 8), gmdate('YmdHis', $at));
    }

    public function upload(string $snapshot, string $target): string
    {
        return rtrim($target, '/') . '/' . $snapshot . '.qcow2.zst';
    }

    public function checksum(string $object): string
    {
        return hash('sha256', $object);
    }
}

final class ProgressReporter
{
    public int $reported = 0;

    public function stage(int $scheduleId, string $stage): void
    {
        $this->reported++;
    }
}

final class BackupRun
{
    private ?Generator $stages = null;

    /** @var list<string> */
    private array $log = [];

    public function __construct(
        public readonly string $runId,
        public readonly BackupJob $job,
        private SnapshotDriver $driver,
    ) {
    }

    public function start(): ?string
    {
        $this->stages = $this->pipeline(); // leak

        return $this->stages->current();
    }

    public function advance(): ?string
    {
        $this->stages->next();

        return $this->stages->valid() ? $this->stages->current() : null;
    }

    public function summary(): string
    {
        return $this->runId . ': ' . implode('; ', $this->log);
    }

    private function pipeline(): Generator
    {
        $snapshot = $this->driver->snapshot($this->job->volumeId, $this->job->dueAt);
        $this->log[] = sprintf('snapshot %s of %s (%s)', $snapshot, $this->job->volumeId, $this->job->serverId);
        yield 'snapshot';

        $object = $this->driver->upload($snapshot, $this->job->target);
        $this->log[] = sprintf('uploaded %s', $object);
        yield 'upload';

        $this->log[] = sprintf('verified %s sha256=%s', $object, $this->driver->checksum($object));
        yield 'verify';
    }
}

final class BackupRunner
{
    /** @var array<int, string> */
    private array $lastRunBySchedule = [];

    public function __construct(
        private SnapshotDriver $driver,
        private ProgressReporter $progress,
    ) {
    }

    public function runDue(BackupJob $job): string
    {
        $run = new BackupRun(sprintf('run_%d_%d', $job->scheduleId, $job->dueAt), $job, $this->driver);

        for ($stage = $run->start(); $stage !== null; $stage = $run->advance()) {
            $this->progress->stage($job->scheduleId, $stage);
            if ($stage === 'upload' && !$job->verify) {
                break;
            }
        }

        $this->lastRunBySchedule[$job->scheduleId % 64] = $run->runId;

        return $run->summary();
    }
}

$ticks = (int) (getenv('PHPLEAK_N') ?: 100);

$runner = new BackupRunner(new SnapshotDriver(), new ProgressReporter());
$targets = ['s3://panel-backups-fra/', 's3://panel-backups-ams/', 'b2://panel-cold-archive/'];

for ($i = 0; $i < $ticks; $i++) {
    $job = new BackupJob(
        7000 + $i,
        sprintf('srv-%05d', 10000 + $i % 997),
        sprintf('vol-%s', substr(md5("volume-$i"), 0, 20)),
        $targets[$i % 3],
        $i % 4 === 0,
        1714521600 + $i * 3600,
    );
    Loop::futureTick(static function () use ($runner, $job): void {
        $runner->runDue($job);
    });
    Loop::run();
}
