<?php

namespace App\Preview;

use Closure;

/** Keeps the latest renderers so the debug panel can replay a preview. */
final class RecentRenders
{
    /** @var list<array{id: string, renderer: Closure}> */
    private array $entries = [];

    public function __construct(private int $limit)
    {
    }

    public function push(string $previewId, Closure $renderer): void
    {
        $this->entries[] = ['id' => $previewId, 'renderer' => $renderer];
        if ($this->limit > 0 && count($this->entries) > $this->limit) {
            array_shift($this->entries);
        }
    }

    public function replay(string $previewId): ?string
    {
        foreach ($this->entries as $entry) {
            if ($entry['id'] === $previewId) {
                return ($entry['renderer'])();
            }
        }
        return null;
    }
}
