<?php

declare(strict_types=1);

namespace App\Reinsurance;

final class BordereauWriter
{
    /** @var resource */
    private $handle;
    private int $batches = 0;

    public function __construct(string $path)
    {
        $this->handle = fopen($path, 'ab');
    }

    /** @param list<CededLine> $lines */
    public function write(array $lines): void
    {
        $this->batches++;
        fwrite($this->handle, implode("\n", array_map(static fn (CededLine $l): string => $l->toCsv(), $lines)) . "\n");
    }
}
