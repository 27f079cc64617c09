<?php
// The same worker tells the integration a job is done in a finally
// block: a failed job's context goes too.

final class JobFailed extends RuntimeException
{
}

final class Tracer
{
    /** @var list<array> */
    private array $contexts = [];

    public function push(array $context): void
    {
        $this->contexts[] = $context;
    }

    public function pop(): void
    {
        array_pop($this->contexts);
    }
}

final class TracingListener
{
    public function __construct(private Tracer $tracer)
    {
    }

    public function jobStarted(array $job): void
    {
        $this->tracer->push(['job' => $job['name'], 'payload' => $job['payload']]);
    }

    public function jobDone(array $job): void
    {
        $this->tracer->pop();
    }
}

final class Worker
{
    public int $failed = 0;

    public function __construct(private TracingListener $tracing)
    {
    }

    public function process(array $job, callable $handler): void
    {
        $this->tracing->jobStarted($job);
        try {
            $handler($job);
        } catch (JobFailed $e) {
            $this->failed++;
        } finally {
            $this->tracing->jobDone($job);
        }
    }
}

$worker = new Worker(new TracingListener(new Tracer()));
$charge = static function (array $job): void {
    if ($job['payload']['attempt'] % 2 === 0) {
        throw new JobFailed('card declined');
    }
};
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->process(['name' => 'ChargeOrder', 'payload' => ['attempt' => $i, 'order' => 'ORD-' . $i, 'items' => str_repeat('sku;', 200)]], $charge);
}
