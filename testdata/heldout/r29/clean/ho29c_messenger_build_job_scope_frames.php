<?php

declare(strict_types=1);

namespace App\Build;

final class RunBuildJob
{
    /** @param list<array{name: string, run: string}> $steps */
    public function __construct(
        public readonly int $pipelineId,
        public readonly int $jobId,
        public readonly string $project,
        public readonly string $commitSha,
        public readonly string $commitMessage,
        public readonly string $ref,
        public readonly array $steps,
    ) {
    }
}

final class StepFailedException extends \RuntimeException
{
}

final class BuildFrame
{
    /** @param array<string, string> $env */
    public function __construct(
        public readonly int $jobId,
        public readonly string $project,
        public readonly array $env,
        public readonly float $startedAt,
    ) {
    }
}

final class BuildScope
{
    /** @var list<BuildFrame> */
    private static array $frames = [];

    public static function enter(BuildFrame $frame): void
    {
        self::$frames[] = $frame;
    }

    public static function leave(): void
    {
        array_pop(self::$frames);
    }

    public static function current(): ?BuildFrame
    {
        return self::$frames === [] ? null : self::$frames[count(self::$frames) - 1];
    }
}

final class BuildFrameFactory
{
    /** @param array<string, string> $baseEnv */
    public function __construct(private readonly array $baseEnv, private readonly string $ciHost)
    {
    }

    public function forJob(RunBuildJob $job, float $now): BuildFrame
    {
        $env = $this->baseEnv;
        $env['CI_PIPELINE_ID'] = (string) $job->pipelineId;
        $env['CI_JOB_ID'] = (string) $job->jobId;
        $env['CI_PROJECT_PATH'] = $job->project;
        $env['CI_COMMIT_SHA'] = $job->commitSha;
        $env['CI_COMMIT_SHORT_SHA'] = substr($job->commitSha, 0, 8);
        $env['CI_COMMIT_REF_NAME'] = preg_replace('#^refs/heads/#', '', $job->ref);
        $env['CI_COMMIT_MESSAGE'] = $job->commitMessage;
        $env['CI_JOB_URL'] = sprintf('https://%s/%s/-/jobs/%d', $this->ciHost, $job->project, $job->jobId);
        $env['CI_PIPELINE_URL'] = sprintf('https://%s/%s/-/pipelines/%d', $this->ciHost, $job->project, $job->pipelineId);
        $env['CI_BUILDS_DIR'] = sprintf('/builds/%s/%d', $job->project, $job->jobId);
        $env['CI_COMMIT_TIMESTAMP'] = date(DATE_ATOM, (int) $now);
        $env['CI_JOB_TOKEN'] = 'glcbt-' . substr(hash('sha256', $job->jobId . $job->commitSha), 0, 40);

        return new BuildFrame($job->jobId, $job->project, $env, $now);
    }
}

/** Monolog-style processor: stamps every record with the current build. */
final class BuildContextProcessor
{
    public function __invoke(array $record): array
    {
        $frame = BuildScope::current();
        if ($frame !== null) {
            $record['extra']['job_id'] = $frame->jobId;
            $record['extra']['project'] = $frame->project;
        }

        return $record;
    }
}

final class JobLogger
{
    public int $written = 0;
    private string $last = '';

    /** @param list<callable(array): array> $processors */
    public function __construct(private readonly array $processors)
    {
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->last = json_encode($record, JSON_THROW_ON_ERROR);
        $this->written++;
    }
}

final class StepRunner
{
    /** @param array{name: string, run: string} $step */
    public function run(array $step): int
    {
        $frame = BuildScope::current();
        // stand-in for proc_open() in $frame->env['CI_BUILDS_DIR']
        $exit = str_contains($step['run'], '--filter=Flaky') && $frame !== null && $frame->jobId % 2 === 0 ? 1 : 0;
        if ($exit !== 0) {
            throw new StepFailedException(sprintf('Step "%s" exited with %d', $step['name'], $exit));
        }

        return $exit;
    }
}

final class CommitStatusReporter
{
    /** @var array<string, string> */
    private array $lastStatusByProject = [];

    public function report(RunBuildJob $job, string $state): void
    {
        $this->lastStatusByProject[$job->project] = $state;
    }
}

final class RunBuildJobHandler
{
    public function __construct(
        private readonly BuildFrameFactory $frames,
        private readonly StepRunner $runner,
        private readonly CommitStatusReporter $status,
        private readonly JobLogger $logger,
    ) {
    }

    public function __invoke(RunBuildJob $job): void
    {
        if (preg_match('/\[(skip ci|ci skip)\]/i', $job->commitMessage)) {
            $this->status->report($job, 'skipped');

            return;
        }

        BuildScope::enter($this->frames->forJob($job, microtime(true)));
        try {
            $this->logger->info('Job picked up', ['steps' => count($job->steps)]);
            $this->status->report($job, 'running');

            foreach ($job->steps as $step) {
                $this->runner->run($step);
                $this->logger->info('Step passed', ['step' => $step['name']]);
            }

            $this->status->report($job, 'success');
        } finally {
            BuildScope::leave();
        }
    }
}

/** Stand-in for the messenger:consume worker: failures are nacked and retried later. */
final class Worker
{
    public int $failed = 0;

    public function __construct(private readonly RunBuildJobHandler $handler, private readonly CommitStatusReporter $status)
    {
    }

    public function handle(RunBuildJob $message): void
    {
        try {
            ($this->handler)($message);
        } catch (StepFailedException) {
            $this->failed++;
            $this->status->report($message, 'failed');
        }
    }
}

// --- boot -------------------------------------------------------------------------------

$status = new CommitStatusReporter();
$worker = new Worker(new RunBuildJobHandler(
    new BuildFrameFactory([
        'CI' => 'true',
        'CI_SERVER_NAME' => 'Acme CI',
        'CI_SERVER_VERSION' => '16.4.1',
        'CI_RUNNER_EXECUTABLE_ARCH' => 'linux/amd64',
        'COMPOSER_CACHE_DIR' => '/cache/composer',
    ], 'ci.acme.dev'),
    new StepRunner(),
    $status,
    new JobLogger([new BuildContextProcessor()]),
), $status);

// --- consume ------------------------------------------------------------------------------

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$projects = ['acme/build-agent', 'acme/web-console', 'acme/artifact-store'];
$messages = ['Fix cache key for lockfiles', 'Bump phpunit to 10.4 [skip ci]', 'Retry artifact upload on 502', 'Add flaky test quarantine'];
$steps = [
    ['name' => 'install', 'run' => 'composer install --no-interaction'],
    ['name' => 'unit', 'run' => 'vendor/bin/phpunit --testsuite unit'],
    ['name' => 'quarantine', 'run' => 'vendor/bin/phpunit --filter=Flaky --log-junit report.xml'],
];
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new RunBuildJob(
        88_000 + intdiv($i, 3),
        120_000 + $i,
        $projects[$i % 3],
        sha1('commit-' . $i),
        $messages[$i % 4] . ' (#' . (900 + $i) . ')',
        'refs/heads/' . ($i % 2 ? 'main' : 'feature/cache-' . $i),
        $steps,
    ));
}
