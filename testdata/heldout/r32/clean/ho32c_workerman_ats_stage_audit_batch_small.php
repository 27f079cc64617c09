<?php

declare(strict_types=1);

namespace Workerman {
    /** Stand-in for Workerman\Worker: onWorkerStart once, then onMessage per frame. */
    final class Worker
    {
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onMessage = null;
        public int $count = 1;

        public function __construct(public string $socketName)
        {
        }

        public static function runAll(Worker ...$workers): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach ($workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $stages = ['applied', 'screening', 'phone_screen', 'onsite', 'offer', 'hired', 'rejected'];
                for ($i = 0; $i < $n; $i++) {
                    $from = $stages[$i % 5];
                    $frame = json_encode([
                        'type' => 'stage.changed',
                        'application_id' => 'APP-' . (910000 + $i),
                        'requisition' => 'REQ-' . (200 + $i % 12),
                        'from' => $from,
                        'to' => $stages[($i % 5) + 1 + ($i % 2)],
                        'actor' => 'recruiter' . ($i % 8) . '@example.com',
                        'at' => 1738368000 + 97 * $i,
                        'reason' => $i % 2 ? 'Strong system design round, move forward' : 'Panel feedback pending',
                    ]);
                    ($worker->onMessage)(new Connection\TcpConnection(), $frame);
                }
            }
        }
    }
}

namespace Workerman\Connection {
    final class TcpConnection
    {
        public function send(string $data): void
        {
        }
    }
}

namespace Acme\Ats\Audit {

    final class StageTransition
    {
        public function __construct(
            public readonly string $applicationId,
            public readonly string $requisition,
            public readonly string $from,
            public readonly string $to,
            public readonly string $actor,
            public readonly int $at,
            public readonly string $reason,
        ) {
        }

        public static function fromFrame(array $frame): self
        {
            return new self(
                $frame['application_id'],
                $frame['requisition'],
                $frame['from'],
                $frame['to'],
                $frame['actor'],
                (int) $frame['at'],
                $frame['reason'],
            );
        }
    }

    interface AuditSink
    {
        /** @param list<array> $rows */
        public function writeBatch(array $rows): void;
    }

    final class NullWarehouseSink implements AuditSink
    {
        public int $rowsWritten = 0;

        public function writeBatch(array $rows): void
        {
            $this->rowsWritten += count($rows);
        }
    }

    final class StageAuditTrail
    {
        /** @var list<array> */
        private array $pending = [];
        /** @var list<string> last transitions, for the recruiter dashboard */
        private array $recent = [];
        private int $lastFlushAt;

        public function __construct(
            private AuditSink $sink,
            private int $batchSize,
            private int $maxAgeSeconds,
            private int $recentWindow = 20,
        ) {
            $this->lastFlushAt = time();
        }

        public function record(StageTransition $t): void
        {
            $this->pending[] = [
                'application_id' => $t->applicationId,
                'requisition' => $t->requisition,
                'transition' => $t->from . '->' . $t->to,
                'actor' => $t->actor,
                'occurred_at' => gmdate('c', $t->at),
                'reason' => $t->reason,
            ];

            $this->recent[] = sprintf('%s %s moved to %s', $t->requisition, $t->applicationId, $t->to);
            if (count($this->recent) > $this->recentWindow) {
                $this->recent = array_slice($this->recent, -$this->recentWindow);
            }

            if ($this->shouldFlush()) {
                $this->flush();
            }
        }

        private function shouldFlush(): bool
        {
            return count($this->pending) >= $this->batchSize
                || time() - $this->lastFlushAt >= $this->maxAgeSeconds;
        }

        public function flush(): void
        {
            if ($this->pending === []) {
                return;
            }
            $this->sink->writeBatch($this->pending);
            $this->pending = [];
            $this->lastFlushAt = time();
        }

        public function recent(): array
        {
            return $this->recent;
        }
    }
}

namespace {
    use Acme\Ats\Audit\NullWarehouseSink;
    use Acme\Ats\Audit\StageAuditTrail;
    use Acme\Ats\Audit\StageTransition;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $config = [
        'audit' => ['batch_size' => 50, 'max_age' => 900, 'recent' => 20],
    ];

    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->count = 1;
    $trail = null;

    $worker->onWorkerStart = function (Worker $w) use (&$trail, $config): void {
        $trail = new StageAuditTrail(
            new NullWarehouseSink(),
            $config['audit']['batch_size'],
            $config['audit']['max_age'],
            $config['audit']['recent'],
        );
    };

    $worker->onMessage = function (TcpConnection $connection, string $data) use (&$trail): void {
        $frame = json_decode($data, true);
        if (($frame['type'] ?? null) !== 'stage.changed') {
            return;
        }
        $trail->record(StageTransition::fromFrame($frame));
        $connection->send(json_encode(['ok' => true, 'recent' => count($trail->recent())]));
    };

    Worker::runAll($worker);
}
