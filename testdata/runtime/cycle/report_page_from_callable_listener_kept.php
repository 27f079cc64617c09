<?php

// Each request builds a report page that listens to its own event bus
// through Closure::fromCallable([$this, ...]). Nothing removes the
// listener, so the page, its bus and the closure form a garbage cycle
// once the request drops the page.

declare(strict_types=1);

final class RowsLoaded
{
    public function __construct(public readonly array $rows)
    {
    }
}

final class Bus
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function forget(string $event): void
    {
        unset($this->listeners[$event]);
    }

    public function fire(string $event, object $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }
    }
}

final class ReportPage
{
    private Bus $bus;
    private string $html = '';

    public function __construct(private string $title)
    {
        $this->bus = new Bus(); // leak
        $this->bus->listen('rows', \Closure::fromCallable([$this, 'onRows'])); // leak
    }

    public function render(array $rows): string
    {
        $this->bus->fire('rows', new RowsLoaded($rows));

        return $this->html;
    }

    public function close(): void
    {
        $this->bus->forget('rows');
    }

    private function onRows(RowsLoaded $event): void
    {
        $this->html = '<h1>' . $this->title . '</h1>' . count($event->rows) . ' rows';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bytes = 0;
for ($i = 0; $i < $n; $i++) {
    $page = new ReportPage('Report ' . $i . ' ' . str_repeat('-', 200));
    $bytes += strlen($page->render([[$i, 'a'], [$i, 'b']]));
}
