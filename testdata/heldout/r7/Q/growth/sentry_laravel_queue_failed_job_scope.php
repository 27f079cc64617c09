<?php
// A Laravel queue worker with the Sentry integration pushes a hub scope for every job but only pops it when the job succeeds, so each failed job leaves a scope layer on the hub stack.
// https://github.com/getsentry/sentry-laravel/pull/633

final class Breadcrumb
{
    public function __construct(public readonly string $category, public readonly string $message, public readonly array $metadata) {}
}

final class Scope
{
    private array $breadcrumbs = [];
    private array $tags = [];

    public function addBreadcrumb(Breadcrumb $breadcrumb, int $max = 100): void
    {
        $this->breadcrumbs[] = $breadcrumb;
        $this->breadcrumbs = array_slice($this->breadcrumbs, -$max);
    }

    public function setTag(string $key, string $value): void
    {
        $this->tags[$key] = $value;
    }
}

final class Layer
{
    public function __construct(public readonly string $dsn, public readonly Scope $scope) {}
}

final class Hub
{
    /** @var list<Layer> */
    private array $stack;
    public int $captured = 0;

    public function __construct(string $dsn)
    {
        $this->stack = [new Layer($dsn, new Scope())];
    }

    public function pushScope(): Scope
    {
        $top = end($this->stack);
        $scope = clone $top->scope;
        $this->stack[] = new Layer($top->dsn, $scope); // leak
        return $scope;
    }

    public function popScope(): bool
    {
        if (count($this->stack) === 1) {
            return false;
        }
        return array_pop($this->stack) !== null;
    }

    public function configureScope(callable $callback): void
    {
        $callback(end($this->stack)->scope);
    }

    public function captureException(Throwable $e): void
    {
        $this->captured++;
    }
}

final class SentryQueueEventHandler
{
    private bool $pushedScope = false;

    public function __construct(private Hub $hub) {}

    public function jobProcessing(array $job): void
    {
        $this->pushedScope = true;
        $this->hub->pushScope();
        $this->hub->configureScope(function (Scope $scope) use ($job): void {
            $scope->setTag('job', $job['displayName']);
            $scope->addBreadcrumb(new Breadcrumb('queue.job', 'Processing queue job', ['job' => $job['displayName'], 'queue' => $job['queue'], 'payload' => $job['payload']]));
        });
    }

    public function jobProcessed(array $job): void
    {
        if ($this->pushedScope) {
            $this->hub->popScope();
            $this->pushedScope = false;
        }
    }

    public function jobExceptionOccurred(array $job, Throwable $e): void
    {
        $this->hub->captureException($e);
    }
}

final class Worker
{
    public function __construct(private SentryQueueEventHandler $sentry) {}

    public function process(array $job, callable $fire): void
    {
        $this->sentry->jobProcessing($job);
        try {
            $fire($job);
            $this->sentry->jobProcessed($job);
        } catch (RuntimeException $e) {
            $this->sentry->jobExceptionOccurred($job, $e);
        }
    }
}

$worker = new Worker(new SentryQueueEventHandler(new Hub('https://key@o1.ingest.sentry.io/42')));
$charge = function (array $job): void {
    if ($job['payload']['attempt'] % 2 === 0) {
        throw new RuntimeException('Card declined for order ' . $job['payload']['order']);
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = ['order' => 'ORD-' . (40000 + $i), 'attempt' => $i, 'customer' => "customer{$i}@example.com", 'items' => str_repeat('sku-1234x2;', 20)];
    $worker->process(['displayName' => 'App\\Jobs\\ChargeOrder', 'queue' => 'payments', 'payload' => $payload], $charge);
}
