<?php
// A Messenger consumer batches audit rows and writes them in one insert.
// The batch is written by a WorkerRunningEvent listener only when the
// worker is idle; the transport never runs dry, so every event says
// busy and the batch grows with every message.

namespace Symfony\Component\Messenger\Event {
    final class WorkerRunningEvent
    {
        public function __construct(private bool $idle)
        {
        }

        public function isWorkerIdle(): bool
        {
            return $this->idle;
        }
    }
}

namespace App {
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    final class AuditBatch
    {
        /** @var list<array{action: string, actor: string, at: int}> */
        private array $rows = [];
        public int $written = 0;

        public function add(string $action, string $actor, int $at): void
        {
            $this->rows[] = ['action' => $action, 'actor' => $actor, 'at' => $at]; // leak
        }

        public function size(): int
        {
            return count($this->rows);
        }

        public function write(): void
        {
            $this->written += count($this->rows);
            $this->rows = [];
        }
    }

    final class AuditHandler
    {
        public function __construct(private AuditBatch $batch)
        {
        }

        public function __invoke(array $message): void
        {
            $this->batch->add($message['action'], $message['actor'], $message['at']);
        }
    }

    final class WriteAuditBatchListener
    {
        public function __construct(private AuditBatch $batch)
        {
        }

        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if ($event->isWorkerIdle()) {
                $this->batch->write();
            }
        }
    }

    $batch = new AuditBatch();
    $handler = new AuditHandler($batch);
    $listener = new WriteAuditBatchListener($batch);
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $handler(['action' => 'invoice.viewed', 'actor' => sprintf('user-%06d-%s', $i, str_repeat('a', 40)), 'at' => 1700000000 + $i]);
        $listener->onWorkerRunning(new WorkerRunningEvent(false));
    }
}
