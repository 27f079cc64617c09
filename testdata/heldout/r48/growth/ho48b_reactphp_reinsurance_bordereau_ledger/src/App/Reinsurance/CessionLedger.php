<?php

declare(strict_types=1);

namespace App\Reinsurance;

/** Collects ceded claim lines for the next reinsurance bordereau. */
final class CessionLedger
{
    /** @var list<CededLine> */
    private array $pending = [];

    public function __construct(private readonly BordereauWriter $writer, private readonly int $flushEvery)
    {
    }

    public function record(CededLine $line): void
    {
        $this->pending[] = $line; // leak
        if ($this->flushEvery > 0 && count($this->pending) >= $this->flushEvery) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->writer->write($this->pending);
        $this->pending = [];
    }
}
