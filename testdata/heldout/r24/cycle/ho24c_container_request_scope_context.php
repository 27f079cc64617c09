<?php

// Job runner of a deploy/CI daemon. The DI container is compiled once at
// boot (definitions turned into a factory map); every job gets a request
// scope whose scoped services are built by the compiled factories.

interface ContainerInterface
{
    public function get(string $id): object;

    public function has(string $id): bool;
}

final class ContainerBuilder
{
    /** @var array<string, array{class: string, args: list<string>, scoped: bool}> */
    private array $definitions = [];

    public function register(string $id, string $class, array $args = [], bool $scoped = false): void
    {
        $this->definitions[$id] = ['class' => $class, 'args' => $args, 'scoped' => $scoped];
    }

    public function compile(): CompiledContainer
    {
        $factories = [];
        $scoped = [];
        foreach ($this->definitions as $id => $def) {
            $factories[$id] = static function (ContainerInterface $c) use ($def): object {
                $args = [];
                foreach ($def['args'] as $arg) {
                    $args[] = $arg === 'service_container' ? $c : $c->get($arg);
                }

                return new $def['class'](...$args);
            };
            if ($def['scoped']) {
                $scoped[$id] = true;
            }
        }

        return new CompiledContainer($factories, $scoped);
    }
}

final class CompiledContainer implements ContainerInterface
{
    /** @var array<string, object> */
    private array $shared = [];

    public function __construct(private array $factories, private array $scoped)
    {
    }

    public function get(string $id): object
    {
        if (isset($this->scoped[$id])) {
            throw new LogicException("Service \"{$id}\" is request-scoped; resolve it from a scope.");
        }

        return $this->shared[$id] ??= ($this->factories[$id])($this);
    }

    public function has(string $id): bool
    {
        return isset($this->factories[$id]);
    }

    public function factory(string $id): Closure
    {
        return $this->factories[$id];
    }

    public function isScoped(string $id): bool
    {
        return isset($this->scoped[$id]);
    }

    public function beginScope(array $attributes): RequestScope
    {
        return new RequestScope($this, $attributes);
    }
}

final class RequestScope implements ContainerInterface
{
    /** @var array<string, object> */
    private array $instances = [];

    public function __construct(private CompiledContainer $root, public readonly array $attributes)
    {
    }

    public function get(string $id): object
    {
        if (!$this->root->isScoped($id)) {
            return $this->root->get($id);
        }
        if (!isset($this->instances[$id])) {
            $this->instances[$id] = ($this->root->factory($id))($this); // leak
        }

        return $this->instances[$id];
    }

    public function has(string $id): bool
    {
        return $this->root->has($id);
    }

    public function reset(): void
    {
        $this->instances = [];
    }
}

final class Clock
{
    public function now(): float
    {
        return microtime(true);
    }
}

final class JobContext
{
    public readonly string $jobId;
    public readonly array $labels;

    public function __construct(
        private ContainerInterface $container, // leak
        Clock $clock,
    ) {
        $attributes = $container instanceof RequestScope ? $container->attributes : [];
        $this->jobId = $attributes['job_id'] ?? bin2hex(random_bytes(8));
        $this->labels = ['started_at' => $clock->now()] + ($attributes['labels'] ?? []);
    }

    public function service(string $id): object
    {
        return $this->container->get($id);
    }
}

final class DeployStepRunner
{
    public function run(JobContext $ctx, array $step): string
    {
        return sprintf('%s:%s:%s', $ctx->jobId, $step['name'], $step['target']);
    }
}

final class JobWorker
{
    public function __construct(private CompiledContainer $container)
    {
    }

    public function process(array $payload): array
    {
        $scope = $this->container->beginScope([
            'job_id' => $payload['id'],
            'labels' => ['pipeline' => $payload['pipeline'], 'trigger' => $payload['trigger']],
        ]);

        try {
            /** @var JobContext $ctx */
            $ctx = $scope->get('job.context');
            $runner = $ctx->service('deploy.runner');
            $log = [];
            foreach ($payload['steps'] as $step) {
                $log[] = $runner->run($ctx, $step);
            }

            return $log;
        } catch (Throwable $e) {
            $scope->reset();
            throw $e;
        }
    }
}

$builder = new ContainerBuilder();
$builder->register('clock', Clock::class);
$builder->register('deploy.runner', DeployStepRunner::class);
$builder->register('job.context', JobContext::class, ['service_container', 'clock'], scoped: true);
$worker = new JobWorker($builder->compile());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = json_decode(json_encode([
        'id' => sprintf('job-%06d-%s', $i, substr(md5((string) $i), 0, 8)),
        'pipeline' => ['deploy-staging', 'deploy-prod', 'migrate'][$i % 3],
        'trigger' => "push by user{$i} to refs/heads/feature/ticket-" . (4000 + $i),
        'steps' => [
            ['name' => 'build', 'target' => 'docker'],
            ['name' => 'ship', 'target' => 'k8s'],
        ],
    ]), true);

    $worker->process($payload);
}
