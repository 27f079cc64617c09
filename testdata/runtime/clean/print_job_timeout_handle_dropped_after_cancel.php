<?php
// A print job arms a timeout on the worker's timer wheel and keeps the
// handle the wheel returns. The handle holds the callback, a closure over
// the job; finishing the job cancels the timeout and lets go of the
// handle, so the job is freed by refcounting alone.

final class Timeout
{
    public function __construct(public readonly float $at, private Closure $callback)
    {
    }

    public function fire(): void
    {
        ($this->callback)();
    }
}

final class TimerWheel
{
    /** @var array<int, Timeout> */
    private array $pending = [];

    public function schedule(float $after, Closure $callback): Timeout
    {
        $timeout = new Timeout(microtime(true) + $after, $callback);
        $this->pending[spl_object_id($timeout)] = $timeout;
        return $timeout;
    }

    public function cancel(Timeout $timeout): void
    {
        unset($this->pending[spl_object_id($timeout)]);
    }
}

final class PrintJob
{
    private ?Timeout $timeout = null;
    private string $state = 'queued';

    public function __construct(public readonly string $id, private string $document, private TimerWheel $wheel)
    {
    }

    public function start(): void
    {
        $this->state = 'printing';
        $this->timeout = $this->wheel->schedule(30.0, function (): void {
            $this->state = 'timed out';
        });
    }

    public function finish(): void
    {
        $this->state = 'done';
        $this->wheel->cancel($this->timeout);
        $this->timeout = null;
    }
}

$wheel = new TimerWheel();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new PrintJob(sprintf('job-%05d', $i), str_repeat('page ', 100), $wheel);
    $job->start();
    $job->finish();
}
