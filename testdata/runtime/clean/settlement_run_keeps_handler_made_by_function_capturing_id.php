<?php
// A settlement worker gives each run a failure handler made by a plain
// function that captures only the run's id: the run keeps the handler,
// which does not keep the run.

final class SettlementRun
{
    private ?Closure $onFailure = null;
    public array $lines = [];

    public function __construct(public readonly string $id)
    {
    }

    public function onFailure(Closure $handler): void
    {
        $this->onFailure = $handler;
    }
}

function make_failure_handler(string $runId, string $queue): Closure
{
    return static function (Throwable $e) use ($runId, $queue): void {
        error_log("{$queue}: run {$runId} failed: {$e->getMessage()}");
    };
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $run = new SettlementRun('run-' . $i);
    $run->lines = array_fill(0, 6, str_repeat('l', 60));
    $run->onFailure(make_failure_handler($run->id, 'settlements'));
}
