<?php

declare(strict_types=1);

namespace React\EventLoop {

    /** Minimal stand-in for the ReactPHP loop: future ticks run after the current callback. */
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $listener): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($listener);
        }

        public static function runTicks(): void
        {
            $ticks = self::$ticks ??= new \SplQueue();
            while (!$ticks->isEmpty()) {
                ($ticks->dequeue())();
            }
        }
    }
}

namespace App\Pipelines {

    use React\EventLoop\Loop;

    final class Pipeline
    {
        public readonly StageCollection $stages;

        /** @param array<string, string> $variables */
        public function __construct(
            public readonly int $id,
            public readonly string $project,
            public readonly string $sha,
            public readonly string $ref,
            public readonly array $variables,
        ) {
            $this->stages = new StageCollection($this); // leak
        }

        public function dispose(): void
        {
            $this->stages->clear();
        }
    }

    /** @implements \IteratorAggregate<string, Stage> */
    final class StageCollection implements \IteratorAggregate, \Countable
    {
        /** @var array<string, Stage> */
        private array $stages = [];

        public function __construct(private ?Pipeline $pipeline) // leak
        {
        }

        public function add(Stage $stage): void
        {
            $stage->setPipeline($this->pipeline); // leak
            $this->stages[$stage->name] = $stage;
        }

        public function clear(): void
        {
            foreach ($this->stages as $stage) {
                $stage->setPipeline(null);
            }
            $this->stages = [];
            $this->pipeline = null;
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->stages);
        }

        public function count(): int
        {
            return count($this->stages);
        }
    }

    final class Stage
    {
        private ?Pipeline $pipeline = null;

        /** @param list<array{name: string, script: list<string>, only: list<string>}> $jobs */
        public function __construct(public readonly string $name, public readonly array $jobs)
        {
        }

        public function setPipeline(?Pipeline $pipeline): void
        {
            $this->pipeline = $pipeline; // leak
        }

        public function pipeline(): ?Pipeline
        {
            return $this->pipeline;
        }
    }

    final class PipelineBuilder
    {
        private int $nextId = 5_100_000;

        /** @param array<string, array<string, list<array{name: string, script: list<string>, only: list<string>}>>> $ciConfigs */
        public function __construct(private readonly array $ciConfigs)
        {
        }

        /** @param array<string, mixed> $push */
        public function fromPush(array $push): Pipeline
        {
            $project = (string) $push['project']['path_with_namespace'];
            $branch = preg_replace('#^refs/heads/#', '', (string) $push['ref']);
            $pipeline = new Pipeline(++$this->nextId, $project, (string) $push['checkout_sha'], (string) $push['ref'], [
                'CI_COMMIT_BRANCH' => $branch,
                'CI_COMMIT_TITLE' => strtok((string) ($push['commits'][0]['message'] ?? ''), "\n"),
                'CI_COMMIT_AUTHOR' => sprintf('%s <%s>', $push['user_name'], $push['user_email']),
                'CI_PIPELINE_SOURCE' => 'push',
            ]);

            foreach ($this->ciConfigs[$project] ?? [] as $stageName => $jobs) {
                $matching = array_values(array_filter(
                    $jobs,
                    static fn (array $job): bool => $job['only'] === [] || in_array($branch, $job['only'], true),
                ));
                if ($matching !== []) {
                    $pipeline->stages->add(new Stage($stageName, $matching));
                }
            }

            return $pipeline;
        }
    }

    /** Hands the first stage's jobs to the runner dispatcher on the next tick. */
    final class PipelineScheduler
    {
        public int $dispatched = 0;

        public function schedule(Pipeline $pipeline): int
        {
            $queued = 0;
            foreach ($pipeline->stages as $stage) {
                foreach ($stage->jobs as $job) {
                    $payload = json_encode(['pipeline' => $pipeline->id, 'stage' => $stage->name, 'job' => $job['name'], 'sha' => $pipeline->sha]);
                    Loop::futureTick(function () use ($payload): void {
                        $this->dispatched += strlen($payload) > 0 ? 1 : 0;
                    });
                    $queued++;
                }
                break;
            }

            return $queued;
        }
    }

    final class GitLabWebhookHandler
    {
        public function __construct(
            private readonly string $token,
            private readonly PipelineBuilder $builder,
            private readonly PipelineScheduler $scheduler,
        ) {
        }

        /** @param array<string, string> $headers */
        public function __invoke(array $headers, string $body): int
        {
            if (!hash_equals($this->token, $headers['x-gitlab-token'] ?? '')) {
                return 401;
            }
            if (($headers['x-gitlab-event'] ?? '') !== 'Push Hook') {
                return 204;
            }

            $pipeline = $this->builder->fromPush(json_decode($body, true, 32, JSON_THROW_ON_ERROR));
            if (count($pipeline->stages) === 0) {
                $pipeline->dispose();

                return 204;
            }

            $this->scheduler->schedule($pipeline);

            return 201;
        }
    }
}

namespace {

    use App\Pipelines\GitLabWebhookHandler;
    use App\Pipelines\PipelineBuilder;
    use App\Pipelines\PipelineScheduler;
    use React\EventLoop\Loop;

    $job = static fn (string $name, array $script, array $only = []): array => ['name' => $name, 'script' => $script, 'only' => $only];
    $php = [
        'build' => [$job('composer', ['composer install --no-progress'])],
        'test' => [$job('phpunit', ['vendor/bin/phpunit']), $job('phpstan', ['vendor/bin/phpstan analyse'])],
        'deploy' => [$job('production', ['dep deploy production'], ['main'])],
    ];
    $handler = new GitLabWebhookHandler('glwt-2f9c1d7e0b', new PipelineBuilder([
        'platform/build-agent' => $php,
        'platform/web-console' => $php + ['e2e' => [$job('playwright', ['npx playwright test'], ['main', 'release'])]],
        'platform/artifact-store' => $php,
    ]), new PipelineScheduler());

    // --- HTTP server: each request is a push event from GitLab ---------------------------

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $projects = ['platform/build-agent', 'platform/web-console', 'platform/artifact-store'];
    for ($i = 0; $i < $n; $i++) {
        $body = json_encode([
            'object_kind' => 'push',
            'ref' => 'refs/heads/' . ($i % 3 === 0 ? 'main' : 'feature/runner-cache-' . $i),
            'checkout_sha' => sha1('sha' . $i),
            'user_name' => 'Dev ' . ($i % 7),
            'user_email' => 'dev' . ($i % 7) . '@acme.dev',
            'project' => ['id' => 40 + $i % 3, 'path_with_namespace' => $projects[$i % 3]],
            'commits' => [['id' => sha1('sha' . $i), 'message' => "Speed up cache restore for job {$i}\n\nSigned-off-by: Dev"]],
        ], JSON_THROW_ON_ERROR);

        $status = $handler(['x-gitlab-token' => 'glwt-2f9c1d7e0b', 'x-gitlab-event' => 'Push Hook'], $body);
        Loop::runTicks();
    }
}
