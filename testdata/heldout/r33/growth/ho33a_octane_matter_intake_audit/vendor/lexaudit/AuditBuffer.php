<?php

namespace LexAudit;

interface AuditSink
{
    public function write(array $entries): void;
}

final class NullSink implements AuditSink
{
    public int $written = 0;

    public function write(array $entries): void
    {
        $this->written += count($entries);
    }
}

/**
 * Collects audit entries for the current request and ships them to the sink
 * in batches of $batchSize (0 disables size-based shipping). Whatever is
 * left is shipped when the buffer is destroyed at the end of the PHP request.
 */
final class AuditBuffer
{
    /** @var list<array<string, mixed>> */
    private array $entries = [];

    public function __construct(
        private AuditSink $sink,
        private int $batchSize,
    ) {
    }

    public function record(string $action, array $context): void
    {
        $this->entries[] = ['action' => $action, 'context' => $context, 'logged_at' => microtime(true)]; // leak

        if ($this->batchSize > 0 && count($this->entries) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->entries === []) {
            return;
        }
        $this->sink->write($this->entries);
        $this->entries = [];
    }

    public function __destruct()
    {
        $this->flush();
    }
}
