<?php
// A queue worker runs each job inside its tenant's scope. The scope
// stack lives in a service; entering goes through TenantContext::enter(),
// leaving through the handle it returns. The middleware logs a failed
// job and throws the exception on, and leaves the scope only on
// success: the worker catches the failure and goes on, and the failed
// job's scope stays on the stack.

final class ScopeStack
{
    /** @var list<array{string, string}> */
    private array $frames = [];

    public function push(string $tenant, string $settings): int
    {
        $this->frames[] = [$tenant, $settings]; // leak

        return count($this->frames);
    }

    public function popTo(int $depth): void
    {
        array_splice($this->frames, $depth - 1);
    }
}

final class ScopeHandle
{
    public function __construct(private ScopeStack $stack, private int $depth)
    {
    }

    public function leave(): void
    {
        $this->stack->popTo($this->depth);
    }
}

final class TenantContext
{
    public function __construct(private ScopeStack $stack)
    {
    }

    public function enter(string $tenant): ScopeHandle
    {
        return new ScopeHandle($this->stack, $this->stack->push($tenant, str_repeat("{$tenant};", 150)));
    }
}

final class TenantMiddleware
{
    /** @var list<string> */
    public array $failures = [];

    public function __construct(private TenantContext $context)
    {
    }

    public function handle(array $job, callable $next): string
    {
        $scope = $this->context->enter($job['tenant']);
        try {
            $result = $next($job);
        } catch (Throwable $e) {
            $this->failures = [$e->getMessage()];

            throw $e;
        }
        $scope->leave();

        return $result;
    }
}

final class Worker
{
    public function __construct(private TenantMiddleware $middleware)
    {
    }

    public function run(array $job): bool
    {
        try {
            $this->middleware->handle($job, static function (array $job): string {
                if ($job['attempt'] % 2 === 0) {
                    throw new RuntimeException('upstream timeout for ' . $job['id']);
                }

                return 'done ' . $job['id'];
            });

            return true;
        } catch (Throwable) {
            return false;
        }
    }
}

$worker = new Worker(new TenantMiddleware(new TenantContext(new ScopeStack())));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->run(['id' => 'job-' . $i, 'tenant' => 'tenant-' . ($i % 5), 'attempt' => $i]);
}
