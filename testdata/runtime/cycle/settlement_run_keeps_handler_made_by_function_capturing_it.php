<?php
// A settlement worker gives each run a failure handler made by a plain
// function that captures the run itself (use ($run)): the run keeps the
// handler, the handler keeps the run, once per message.

final class SettlementRun
{
    private ?Closure $onFailure = null;
    public array $lines = [];

    public function __construct(public readonly string $id)
    {
    }

    public function onFailure(Closure $handler): void
    {
        $this->onFailure = $handler; // leak
    }
}

function make_failure_handler(SettlementRun $run, string $queue): Closure
{
    return static function (Throwable $e) use ($run, $queue): void { // leak
        error_log("{$queue}: run {$run->id} failed: {$e->getMessage()}");
    };
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $run = new SettlementRun('run-' . $i);
    $run->lines = array_fill(0, 6, str_repeat('l', 60));
    $run->onFailure(make_failure_handler($run, 'settlements'));
}
