<?php
// A queue worker applies plugins with ->call($this, $bus); the arrow-function listener using $this goes on a per-job bus the worker does not keep.

final class EventBus
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Worker
{
    private array $stats = ['done' => 0, 'ms' => 0];
    private string $queue;

    public function __construct(string $queue, array $plugins, EventBus $events)
    {
        $this->queue = $queue . ':' . str_repeat('q', 600);
        foreach ($plugins as $plugin) {
            $plugin->call($this, $events);
        }
    }

    public function process(array $job, EventBus $events): void
    {
        $started = hrtime(true);
        $events->emit('job.done', $job['name'], intdiv(hrtime(true) - $started, 1000000));
    }
}

$plugins = [
    function (EventBus $events): void {
        $events->listen('job.done', fn (string $name, int $ms) => $this->stats = ['done' => $this->stats['done'] + 1, 'ms' => $this->stats['ms'] + $ms]);
    },
];

function handle(int $i, array $plugins): void
{
    $events = new EventBus();
    $worker = new Worker('emails', $plugins, $events);
    $worker->process(['name' => "SendInvoice#{$i}", 'payload' => ['invoice' => $i]], $events);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $plugins);
}
