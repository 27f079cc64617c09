<?php

declare(strict_types=1);

namespace Shop\Export;

/** Stand-in for a Flysystem bucket; only keeps counters. */
final class ExportStorage
{
    private int $bytes = 0;
    private int $openLocks = 0;

    public function lock(string $tenant, string $exportId): void
    {
        $this->openLocks++;
    }

    public function unlock(string $tenant, string $exportId): void
    {
        $this->openLocks--;
    }

    public function put(string $path, string $contents): void
    {
        $this->bytes += strlen($contents);
    }
}
