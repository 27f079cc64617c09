<?php

namespace App;

final class ScanUploaded
{
    public function __construct(public readonly string $scanId, public readonly int $dpi, public readonly string $pixels)
    {
    }
}

final class InFlight
{
    private \SplObjectStorage $scans;

    public function __construct()
    {
        $this->scans = new \SplObjectStorage();
    }

    public function begin(ScanUploaded $scan): void
    {
        $this->scans->attach($scan, ['started' => microtime(true)]);
    }

    public function finish(ScanUploaded $scan): void
    {
        $this->scans->detach($scan);
    }
}

final class ScanHandler
{
    public int $processed = 0;

    public function __construct(private InFlight $inFlight)
    {
    }

    public function __invoke(ScanUploaded $scan): void
    {
        $this->inFlight->begin($scan);
        try {
            $this->check($scan);
            $this->processed++;
        } finally {
            $this->inFlight->finish($scan);
        }
    }

    private function check(ScanUploaded $scan): void
    {
        if ($scan->dpi < 300) {
            throw new \DomainException("scan {$scan->scanId} is below 300 dpi");
        }
    }
}
