<?php

declare(strict_types=1);

namespace App\Cache;

/**
 * In-process fragment cache: rendered HTML blocks reused across requests
 * handled by this worker.
 */
final class FragmentStore
{
    /** @var array<string, string> */
    private array $fragments = [];

    private int $hits = 0;

    public function remember(string $key, callable $render): string
    {
        if (isset($this->fragments[$key])) {
            $this->hits++;

            return $this->fragments[$key];
        }

        return $this->fragments[$key] = $render(); // leak
    }

    public function forget(string $key): void
    {
        unset($this->fragments[$key]);
    }

    public function hits(): int
    {
        return $this->hits;
    }
}
