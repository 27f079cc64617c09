<?php
// A child-process pool reads the first output line of every job through a promise-stream first() helper whose data listener keeps a by-reference handle on itself and whose close listener stays on the stream.
// https://github.com/reactphp/promise-stream/pull/36

trait EventEmitterTrait
{
    private array $listeners = [];

    public function on(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function removeListener(string $event, Closure $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class ReadableStream
{
    use EventEmitterTrait;

    public function __construct(public readonly int $pid) {}
}

final class Deferred
{
    private ?string $value = null;
    private ?string $reason = null;

    public function resolve(string $value): void
    {
        if ($this->value === null && $this->reason === null) {
            $this->value = $value;
        }
    }

    public function reject(string $reason): void
    {
        if ($this->value === null && $this->reason === null) {
            $this->reason = $reason;
        }
    }

    public function result(): string
    {
        return $this->value ?? throw new RuntimeException((string) $this->reason);
    }
}

function first(ReadableStream $stream, Deferred $deferred, string $event = 'data'): void
{
    $listener = function (string $data) use ($stream, $event, &$listener, $deferred) { // leak
        $stream->removeListener($event, $listener);
        $deferred->resolve($data);
    };
    $stream->on($event, $listener);

    $stream->on('close', function () use ($stream, $event, $listener, $deferred) { // leak
        $stream->removeListener($event, $listener);
        $deferred->reject('Stream closed');
    });
}

final class ProcessPool
{
    public int $jobs = 0;

    public function run(string $command, array $args): string
    {
        $stdout = new ReadableStream(4000 + $this->jobs++);
        $result = new Deferred();
        first($stdout, $result);

        // the worker prints one JSON line and exits
        $stdout->emit('data', [json_encode(['cmd' => $command, 'args' => $args, 'status' => 'ok', 'pid' => $stdout->pid]) . "\n"]);
        return $result->result();
    }
}

$pool = new ProcessPool();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pool->run('bin/thumbnail', ['--src' => "uploads/{$i}.jpg", '--sizes' => '64,128,256,512', '--meta' => str_repeat("exif-{$i};", 30)]);
}
