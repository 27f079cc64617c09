<?php

namespace App\Jobs\Concerns;

/**
 * Walks a paginated source page by page and remembers where it is, so that
 * failed() and the Horizon tags can report the page a job stopped on.
 */
trait IteratesInChunks
{
    protected ?\Generator $chunks = null;

    /** @param callable(int $page, int $perPage): array $fetch */
    protected function chunks(callable $fetch, int $perPage): \Generator
    {
        return $this->chunks = $this->paginate($fetch, $perPage); // leak
    }

    public function currentPage(): int
    {
        return $this->chunks !== null && $this->chunks->valid() ? $this->chunks->key() : 0;
    }

    private function paginate(callable $fetch, int $perPage): \Generator
    {
        for ($page = 1; ; $page++) {
            $rows = $fetch($page, $perPage);
            if ($rows !== []) {
                yield $page => $rows;
            }
            if (count($rows) < $perPage) {
                return;
            }
        }
    }
}
