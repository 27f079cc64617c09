<?php
// A queue worker applies plugins with ->call($this); a plugin adds an arrow-function listener using $this to the event bus the worker created.

final class EventBus
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
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
    private EventBus $events;
    private array $stats = ['done' => 0, 'ms' => 0];
    private string $queue;

    public function __construct(string $queue, array $plugins)
    {
        $this->queue = $queue . ':' . str_repeat('q', 600);
        $this->events = new EventBus();
        foreach ($plugins as $plugin) {
            $plugin->call($this); // leak
        }
    }

    public function process(array $job): void
    {
        $started = hrtime(true);
        $this->events->emit('job.done', $job['name'], intdiv(hrtime(true) - $started, 1000000));
    }
}

$plugins = [
    function (): void {
        $this->events->listen('job.done', fn (string $name, int $ms) => $this->stats = ['done' => $this->stats['done'] + 1, 'ms' => $this->stats['ms'] + $ms]); // leak
    },
];

function handle(int $i, array $plugins): void
{
    $worker = new Worker('emails', $plugins);
    $worker->process(['name' => "SendInvoice#{$i}", 'payload' => ['invoice' => $i]]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $plugins);
}
