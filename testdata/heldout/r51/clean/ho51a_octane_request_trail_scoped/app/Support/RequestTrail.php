<?php

namespace App\Support;

/**
 * Breadcrumbs of what happened while handling a request, written to the
 * log when the response has been sent.
 */
final class RequestTrail
{
    /** @var list<array<string, mixed>> */
    private array $crumbs = [];

    public function record(string $event, array $context = []): void
    {
        $this->crumbs[] = ['event' => $event, 'at' => microtime(true)] + $context;
    }

    public function count(): int
    {
        return count($this->crumbs);
    }

    public function first(): ?array
    {
        return $this->crumbs[0] ?? null;
    }

    public function last(): ?array
    {
        return $this->crumbs === [] ? null : $this->crumbs[array_key_last($this->crumbs)];
    }
}
