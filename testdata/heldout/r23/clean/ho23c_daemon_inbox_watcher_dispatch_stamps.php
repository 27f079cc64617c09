<?php

declare(strict_types=1);

/*
 * Inbox watcher daemon: polls a drop folder, turns new or modified files into
 * FileChanged events and dispatches each event once, even when the inotify
 * pass and the fallback rescan both report it.
 */

final class FileChanged
{
    public function __construct(
        public readonly string $path,
        public readonly int $mtime,
        public readonly int $size,
        public readonly string $head,
    ) {
    }

    public function extension(): string
    {
        return strtolower(pathinfo($this->path, PATHINFO_EXTENSION));
    }
}

final class DispatchReceipt
{
    public function __construct(
        public readonly string $path,
        public readonly int $mtime,
        public readonly float $dispatchedAt,
    ) {
    }

    public function matches(FileChanged $event): bool
    {
        return $this->path === $event->path && $this->mtime === $event->mtime;
    }
}

trait DeduplicatesDispatch
{
    /** @var array<string, DispatchReceipt> */
    private array $receipts = [];

    private function receiptKey(object $event): string
    {
        return $event::class . '#' . spl_object_id($event);
    }

    private function alreadyDispatched(FileChanged $event): bool
    {
        $receipt = $this->receipts[$this->receiptKey($event)] ?? null;

        return $receipt !== null && $receipt->matches($event);
    }

    private function remember(FileChanged $event, float $at): void
    {
        $this->receipts[$this->receiptKey($event)] = new DispatchReceipt($event->path, $event->mtime, $at);
    }
}

final class ChangeDispatcher
{
    use DeduplicatesDispatch;

    /** @var list<callable(FileChanged): void> */
    private array $listeners = [];

    public function listen(callable $listener): void
    {
        $this->listeners[] = $listener;
    }

    public function dispatch(FileChanged $event, float $now): void
    {
        if ($this->alreadyDispatched($event)) {
            return;
        }

        foreach ($this->listeners as $listener) {
            $listener($event);
        }

        $this->remember($event, $now);
    }
}

final class SimulatedInbox
{
    private const PREFIXES = ['invoice', 'remittance', 'statement'];
    private const EXTENSIONS = ['xml', 'csv', 'json'];

    /** @return list<FileChanged> */
    public function poll(int $tick): array
    {
        $name = sprintf('%s-%08d.%s', self::PREFIXES[$tick % 3], 4100000 + $tick, self::EXTENSIONS[$tick % 3]);
        $head = substr(str_repeat(sprintf('<Document id="%d" partner="P%03d"/>', $tick, $tick % 50), 20), 0, 600);
        $event = new FileChanged('/srv/edi/inbox/' . $name, 1700000000 + $tick, 2048 + $tick % 1000, $head);

        // inotify and the rescan both see the file on this tick
        return [$event, $event];
    }
}

final class ImportTrigger
{
    /** @var array<string, int> */
    public array $queuedByType = [];

    public function __invoke(FileChanged $event): void
    {
        $type = $event->extension();
        $this->queuedByType[$type] = ($this->queuedByType[$type] ?? 0) + 1;
    }
}

final class InboxWatcher
{
    public function __construct(
        private readonly SimulatedInbox $inbox,
        private readonly ChangeDispatcher $dispatcher,
    ) {
    }

    public function tick(int $tick): void
    {
        $now = 1700000000.0 + $tick * 0.5;
        foreach ($this->inbox->poll($tick) as $event) {
            $this->dispatcher->dispatch($event, $now);
        }
    }
}

$dispatcher = new ChangeDispatcher();
$dispatcher->listen(new ImportTrigger());
$watcher = new InboxWatcher(new SimulatedInbox(), $dispatcher);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($tick = 0; $tick < $n; $tick++) {
    $watcher->tick($tick);
}
