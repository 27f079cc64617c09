<?php

declare(strict_types=1);

namespace App\Message {
    final class RunBuild
    {
        public function __construct(
            public readonly int $buildId,
            public readonly string $repository,
            public readonly string $commitSha,
            public readonly string $ref,
            public readonly array $matrix,
        ) {
        }
    }
}

namespace App\Build\Stage {
    use App\Build\BuildPipeline;

    abstract class AbstractStage
    {
        protected array $output = [];

        /** @var \WeakReference<BuildPipeline> */
        private \WeakReference $pipelineRef;

        public function __construct(BuildPipeline $pipeline)
        {
            $this->pipelineRef = \WeakReference::create($pipeline);
        }

        protected function pipeline(): BuildPipeline
        {
            return $this->pipelineRef->get() ?? throw new \LogicException('Pipeline already released');
        }

        abstract public function name(): string;

        abstract public function run(): bool;

        public function output(): array
        {
            return $this->output;
        }

        protected function log(string $line): void
        {
            $this->output[] = sprintf('[%s] %s', $this->name(), $line);
        }
    }

    final class CheckoutStage extends AbstractStage
    {
        public function name(): string
        {
            return 'checkout';
        }

        public function run(): bool
        {
            $this->log(sprintf('git fetch --depth=50 origin %s', $this->pipeline()->ref()));
            $this->log(sprintf('HEAD is now at %s', substr($this->pipeline()->commitSha(), 0, 12)));

            return true;
        }
    }

    final class DependenciesStage extends AbstractStage
    {
        public function name(): string
        {
            return 'dependencies';
        }

        public function run(): bool
        {
            $this->log('composer install --no-interaction --prefer-dist --no-progress');
            $this->log(sprintf('cache key: composer-%s', md5($this->pipeline()->workspace())));

            return true;
        }
    }

    final class TestStage extends AbstractStage
    {
        public function name(): string
        {
            return 'test';
        }

        public function run(): bool
        {
            foreach ($this->pipeline()->matrix() as $php) {
                $this->log(sprintf('php%s vendor/bin/phpunit --log-junit build/junit-%s.xml', $php, $php));
            }

            return true;
        }
    }

    final class PublishStage extends AbstractStage
    {
        public function name(): string
        {
            return 'publish';
        }

        public function run(): bool
        {
            $this->log(sprintf('uploading %s/dist.tar.gz', $this->pipeline()->workspace()));

            return true;
        }
    }
}

namespace App\Build {
    use App\Build\Stage\AbstractStage;

    final class BuildPipeline
    {
        /** @var array<string, AbstractStage> */
        private array $stages = [];
        private string $workspace;

        public function __construct(
            private readonly int $buildId,
            private readonly string $commitSha,
            private readonly string $ref,
            private readonly array $matrix,
        ) {
            $this->workspace = sprintf('/var/lib/ci/workspaces/%d-%s', $buildId, substr($commitSha, 0, 8));
        }

        /** @param class-string<AbstractStage> $class */
        public function addStage(string $class): AbstractStage
        {
            $stage = new $class($this);
            $this->stages[$stage->name()] = $stage;

            return $stage;
        }

        public function run(): array
        {
            $log = [];
            foreach ($this->stages as $name => $stage) {
                $ok = $stage->run();
                $log[$name] = ['ok' => $ok, 'lines' => \count($stage->output())];
                if (!$ok) {
                    break;
                }
            }

            return $log;
        }

        public function workspace(): string
        {
            return $this->workspace;
        }

        public function commitSha(): string
        {
            return $this->commitSha;
        }

        public function ref(): string
        {
            return $this->ref;
        }

        public function matrix(): array
        {
            return $this->matrix;
        }
    }

    final class PipelineFactory
    {
        /** @param list<class-string<AbstractStage>> $stageClasses */
        public function __construct(private readonly array $stageClasses)
        {
        }

        public function create(int $buildId, string $sha, string $ref, array $matrix): BuildPipeline
        {
            $pipeline = new BuildPipeline($buildId, $sha, $ref, $matrix);
            foreach ($this->stageClasses as $class) {
                $pipeline->addStage($class);
            }

            return $pipeline;
        }
    }
}

namespace App\MessageHandler {
    use App\Build\PipelineFactory;
    use App\Message\RunBuild;

    final class RunBuildHandler
    {
        private int $handled = 0;
        private int $failed = 0;

        public function __construct(private readonly PipelineFactory $factory)
        {
        }

        public function __invoke(RunBuild $message): void
        {
            $pipeline = $this->factory->create($message->buildId, $message->commitSha, $message->ref, $message->matrix);
            $result = $pipeline->run();

            ++$this->handled;
            if (\in_array(false, array_column($result, 'ok'), true)) {
                ++$this->failed;
            }
        }
    }
}

namespace {
    use App\Build\PipelineFactory;
    use App\Build\Stage\CheckoutStage;
    use App\Build\Stage\DependenciesStage;
    use App\Build\Stage\PublishStage;
    use App\Build\Stage\TestStage;
    use App\Message\RunBuild;
    use App\MessageHandler\RunBuildHandler;

    // Boot: the messenger:consume worker wires the handler once.
    $handler = new RunBuildHandler(new PipelineFactory([
        CheckoutStage::class,
        DependenciesStage::class,
        TestStage::class,
        PublishStage::class,
    ]));

    $repos = ['acme/api', 'acme/web', 'acme/billing', 'acme/infra'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; ++$i) {
        $envelope = new RunBuild(
            90000 + $i,
            $repos[$i % 4],
            sha1('commit-' . $i . '-' . microtime()),
            $i % 5 === 0 ? 'refs/heads/main' : 'refs/pull/' . (1200 + $i) . '/merge',
            ['8.1', '8.2', '8.3'],
        );
        $handler($envelope);
    }
}
