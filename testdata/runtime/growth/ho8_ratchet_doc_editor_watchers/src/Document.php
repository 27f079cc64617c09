<?php

declare(strict_types=1);

namespace Docs\Realtime;

final class Document
{
    private int $revision = 0;
    private int $length = 0;

    /** @var array<int, callable(array): void> */
    private array $watchers = [];
    private int $nextWatcherId = 1;

    public function __construct(public readonly string $id) {}

    public function watch(callable $watcher): int
    {
        $this->watchers[$this->nextWatcherId] = $watcher; // leak
        return $this->nextWatcherId++;
    }

    public function unwatch(int $watcherId): void
    {
        unset($this->watchers[$watcherId]);
    }

    public function apply(int $offset, string $insert): void
    {
        $this->length += strlen($insert);
        $patch = ['doc' => $this->id, 'rev' => ++$this->revision, 'offset' => $offset, 'insert' => $insert];
        foreach ($this->watchers as $watcher) {
            $watcher($patch);
        }
    }
}
