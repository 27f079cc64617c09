<?php
// An export job subscribes a progress listener to the long-lived event
// bus while it runs, and unsubscribes it at the end. When there is
// nothing to export it returns early, before the unsubscribe: every
// empty export leaves its listener, and the report it captures, on the
// bus.

final class EventBus
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];

    public function subscribe(string $event, Closure $listener): void
    {
        $this->listeners[$event][spl_object_id($listener)] = $listener; // leak
    }

    public function unsubscribe(string $event, Closure $listener): void
    {
        unset($this->listeners[$event][spl_object_id($listener)]);
    }

    public function emit(string $event, int $done): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($done);
        }
    }
}

final class ExportJob
{
    public function __construct(private EventBus $bus)
    {
    }

    public function run(array $rows): int
    {
        $report = str_repeat('progress ', 80);
        $listener = static function (int $done) use (&$report): void {
            $report .= " {$done}";
        };
        $this->bus->subscribe('export.progress', $listener); // leak
        if ($rows === []) {
            return 0;
        }
        foreach ($rows as $i => $row) {
            $this->bus->emit('export.progress', $i);
        }
        $this->bus->unsubscribe('export.progress', $listener);

        return count($rows);
    }
}

$job = new ExportJob(new EventBus());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->run($i % 2 === 0 ? [] : [['id' => $i]]);
}
