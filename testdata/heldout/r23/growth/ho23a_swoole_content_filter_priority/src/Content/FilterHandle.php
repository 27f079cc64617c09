<?php

declare(strict_types=1);

namespace App\Content;

/** What a plugin pushed onto a hook for one render, so it can be taken off again. */
final class FilterHandle
{
    /** @param callable $callback */
    public function __construct(
        public readonly string $hook,
        public readonly mixed $callback,
        public readonly int $priority,
    ) {
    }
}
