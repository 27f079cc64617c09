<?php
// A ReactPHP child-process pool spawns a worker per RPC and terminates it afterwards, removing the worker's event listeners when it terminates.
// https://github.com/WyriHaximus/reactphp-child-process-pool/pull/84

trait EventEmitterTrait
{
    protected array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }

    public function removeAllListeners(?string $event = null): void
    {
        if ($event === null) {
            $this->listeners = [];
        } else {
            unset($this->listeners[$event]);
        }
    }
}

final class Messenger
{
    public string $lastPayload = '';

    public function __construct(public readonly int $pid) {}

    public function rpc(array $rpc): array
    {
        $this->lastPayload = json_encode($rpc);
        return ['pid' => $this->pid, 'result' => strrev($rpc['target'])];
    }
}

final class Worker
{
    use EventEmitterTrait;

    private bool $busy = false;

    public function __construct(private Messenger $messenger) {}

    public function rpc(array $rpc): array
    {
        $this->busy = true;
        $result = $this->messenger->rpc($rpc);
        $this->busy = false;
        $this->emit('done', [$this]);
        return $result;
    }

    public function terminate(): void
    {
        $this->busy = true;
        $this->emit('terminating', [$this]);
    }

    public function isBusy(): bool { return $this->busy; }
}

final class FlexiblePool
{
    private array $workers = [];
    private int $nextPid = 4000;
    public int $completed = 0;

    public function rpc(array $rpc): array
    {
        $worker = $this->spawn();
        $result = $worker->rpc($rpc);
        $worker->terminate();
        return $result;
    }

    private function spawn(): Worker
    {
        $worker = new Worker(new Messenger($this->nextPid++));
        $worker->on('done', function (Worker $done) use ($worker) {
            $this->completed += $done === $worker ? 1 : 0;
        });
        $worker->on('terminating', function () use ($worker) {
            unset($this->workers[spl_object_id($worker)]);
            $worker->removeAllListeners();
        });
        $this->workers[spl_object_id($worker)] = $worker;
        return $worker;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pool = new FlexiblePool();
for ($i = 0; $i < $n; $i++) {
    $pool->rpc([
        'cmd' => 'filesystem.stat',
        'target' => "/var/spool/uploads/tenant-{$i}/" . str_repeat('nested-directory/', 30) . "file-{$i}.bin",
    ]);
}
