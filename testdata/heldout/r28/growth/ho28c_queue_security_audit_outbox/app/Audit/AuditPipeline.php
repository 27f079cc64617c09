<?php

namespace App\Audit;

/**
 * Orders pending audit entries by severity so that alerts reach the SOC's
 * real-time sink first; everything else goes to the compliance archive.
 */
final class AuditPipeline
{
    private \SplPriorityQueue $outbox;
    private int $sequence = PHP_INT_MAX;

    public function __construct(
        private HmacChainSink $realtime,
        private HmacChainSink $archive,
        private int $realtimeSeverity,
    ) {
        $this->outbox = new \SplPriorityQueue();
    }

    public function push(AuditEntry $entry): void
    {
        // equal severities keep their arrival order
        $this->outbox->insert($entry, [$entry->severity, $this->sequence--]); // leak
    }

    /** After every job: alerts go out immediately. */
    public function flushRealtime(): void
    {
        while (!$this->outbox->isEmpty() && $this->outbox->top()->severity >= $this->realtimeSeverity) {
            $this->realtime->write($this->outbox->extract()->toLine());
        }
    }

    /** Run by the scheduler's audit:archive command. */
    public function flushArchive(): void
    {
        while (!$this->outbox->isEmpty()) {
            $this->archive->write($this->outbox->extract()->toLine());
        }
    }
}
