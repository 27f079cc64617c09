<?php

namespace App\Telemetry;

use App\Historian\HistorianGateway;

/**
 * Collects samples across requests so the historian receives a few large
 * writes instead of one write per RTU upload.
 */
class SampleBuffer
{
    /** @var list<Sample> */
    private array $samples = [];

    /** @var int */
    private $batchSize;

    public function __construct(private HistorianGateway $historian, array $config)
    {
        $this->batchSize = $config['batch_size'];
    }

    public function push(Sample $sample): void
    {
        $this->samples[] = $sample; // leak

        if ($this->isFull()) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->samples === []) {
            return;
        }
        $this->historian->writeBatch($this->samples);
        $this->samples = [];
    }

    private function isFull(): bool
    {
        return count($this->samples) === $this->batchSize;
    }
}
