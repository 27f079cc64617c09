<?php

declare(strict_types=1);

namespace App\Console\Scheduling;

final class FrozenClock
{
    public function __construct(private \DateTimeImmutable $now)
    {
    }

    public function now(): \DateTimeImmutable
    {
        return $this->now;
    }

    public function advance(string $interval): void
    {
        $this->now = $this->now->modify($interval);
    }
}

final class Task
{
    public function __construct(
        public readonly string $name,
        public readonly int $everyMinutes,
        private readonly \Closure $callback,
    ) {
    }

    public function isDue(\DateTimeImmutable $at): bool
    {
        $minuteOfDay = (int) $at->format('G') * 60 + (int) $at->format('i');
        return $minuteOfDay % $this->everyMinutes === 0;
    }

    public function run(): string
    {
        return (string) ($this->callback)();
    }
}

/** Run history shown on the ops dashboard ("last runs" table). */
final class RunHistory
{
    private const RETENTION = '-7 days';
    private const PRUNE_EVERY = 100;
    private const MAX_RUNS = 100;

    private static ?self $instance = null;

    /** @var array<string, array{task: string, started: \DateTimeImmutable, ms: float, output: string}> */
    private array $runs = [];
    private int $writes = 0;

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function record(Task $task, \DateTimeImmutable $started, float $ms, string $output): void
    {
        $key = $task->name . '@' . $started->format(\DATE_ATOM);
        $this->runs[$key] = ['task' => $task->name, 'started' => $started, 'ms' => $ms, 'output' => $output];

        if (++$this->writes % self::PRUNE_EVERY === 0) {
            $this->prune($started);
        }
    }

    private function prune(\DateTimeImmutable $now): void
    {
        $cutoff = $now->modify(self::RETENTION);
        $this->runs = array_filter(
            $this->runs,
            static fn (array $run): bool => $run['started'] >= $cutoff,
        );
        if (count($this->runs) > self::MAX_RUNS) {
            $this->runs = array_slice($this->runs, -self::MAX_RUNS, null, true);
        }
    }

    public function lastRunOf(string $task): ?array
    {
        foreach (array_reverse($this->runs) as $run) {
            if ($run['task'] === $task) {
                return $run;
            }
        }
        return null;
    }
}

final class Scheduler
{
    /** @var list<Task> */
    private array $tasks = [];

    public function __construct(private readonly FrozenClock $clock)
    {
    }

    public function everyMinutes(int $minutes, string $name, \Closure $callback): void
    {
        $this->tasks[] = new Task($name, $minutes, $callback);
    }

    public function tick(): void
    {
        $now = $this->clock->now();
        foreach ($this->tasks as $task) {
            if (!$task->isDue($now)) {
                continue;
            }
            $t0 = hrtime(true);
            $output = $task->run();
            RunHistory::instance()->record($task, $now, (hrtime(true) - $t0) / 1e6, $output);
        }
    }
}

final class QueueDepthProbe
{
    private int $polls = 0;

    public function __invoke(): string
    {
        $this->polls++;
        return sprintf('queues: default=%d mail=%d exports=%d (poll #%d)', $this->polls % 17, $this->polls % 5, 0, $this->polls);
    }
}

// --- long-running `schedule:work` process ---------------------------------

$clock = new FrozenClock(new \DateTimeImmutable('2024-03-01 00:00:00'));
$scheduler = new Scheduler($clock);
$scheduler->everyMinutes(1, 'queue:monitor', \Closure::fromCallable(new QueueDepthProbe()));
$scheduler->everyMinutes(1, 'horizon:snapshot', static fn (): string => 'snapshot stored for supervisor-1');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $scheduler->tick();
    $clock->advance('+1 minute');
}
