<?php

declare(strict_types=1);

namespace App\Audit;

/**
 * Batches audit lines and appends them to the tamper-evident log sink.
 */
final class AuditShipper
{
    /** @var list<string> */
    private array $buffer = [];
    private string $chainHash;

    /** @param resource $sink */
    public function __construct(private $sink, private readonly int $batchSize = 40)
    {
        $this->chainHash = hash('sha256', 'genesis');
    }

    /** @param list<string> $lines */
    public function ship(array $lines): void
    {
        foreach ($lines as $line) {
            $this->chainHash = hash('sha256', $this->chainHash . $line);
            $this->buffer[] = $this->chainHash . ' ' . $line;
        }
        if (count($this->buffer) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->buffer !== []) {
            fwrite($this->sink, implode("\n", $this->buffer) . "\n");
            $this->buffer = [];
        }
    }
}
