<?php

namespace App\Services;

/** Filesystem disk stand-in: remembers how much it wrote, not what. */
class InvoiceStorage
{
    private int $bytes = 0;
    private int $files = 0;

    public function put(string $path, string $contents): bool
    {
        $this->bytes += strlen($contents);
        $this->files++;

        return true;
    }
}
