<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs;

/**
 * Stand-in for the RoadRunner jobs consumer: hands the worker one task per
 * call, the way the goridge relay would.
 */
final class Consumer
{
    private int $delivered = 0;
    private readonly int $limit;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function waitTask(): ?ReceivedTask
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $i = $this->delivered++;
        $pages = [];
        for ($p = 1; $p <= 2; $p++) {
            $pages[] = base64_encode(str_repeat(chr(65 + ($i + $p) % 26) . "scan-{$i}-{$p}|", 18));
        }

        return new ReceivedTask(
            sprintf('%08x-%04x', 0xC1A1000 + $i, $i & 0xffff),
            'claims-documents',
            'ocr.extract',
            json_encode(['document_id' => "DOC-{$i}", 'claim' => sprintf('CLM-%06d', 500000 + $i), 'kind' => 'repair-estimate', 'pages' => $pages]),
            ['attempt' => ['1']],
        );
    }
}
