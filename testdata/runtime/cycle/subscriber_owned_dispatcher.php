<?php
// A per-import session owns its event dispatcher and subscribes its own methods to it.

final class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $event, callable $listener, int $priority = 0): void
    {
        $this->listeners[$event][$priority][] = $listener; // leak
    }

    public function dispatch(object $event, string $name): object
    {
        foreach ($this->listeners[$name] ?? [] as $byPriority) {
            foreach ($byPriority as $listener) {
                $listener($event);
            }
        }
        return $event;
    }
}

final class RowImported
{
    public function __construct(public readonly array $row) {}
}

final class ImportSession
{
    private int $rows = 0;
    private array $warnings = [];

    public function __construct(private EventDispatcher $dispatcher)
    {
        $dispatcher->addListener('row.imported', [$this, 'onRowImported']); // leak
        $dispatcher->addListener('row.imported', $this->checkRow(...), -10); // leak
    }

    public function onRowImported(RowImported $e): void
    {
        $this->rows++;
    }

    private function checkRow(RowImported $e): void
    {
        if (count($e->row) < 3) {
            $this->warnings[] = 'short row: ' . implode(',', $e->row);
        }
    }

    public function import(array $rows): int
    {
        foreach ($rows as $row) {
            $this->dispatcher->dispatch(new RowImported($row), 'row.imported');
        }
        return $this->rows;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = new ImportSession(new EventDispatcher());
    $session->import([[$i, 'widget', '9.99'], [$i + 1, str_repeat('gadget ', 40)]]);
}
unset($session);
