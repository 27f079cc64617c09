<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public function __construct(public readonly int $id, public readonly string $remoteAddress)
        {
        }

        public function send(string $payload): bool
        {
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /**
     * Stand-in for Workerman\Worker: onWorkerStart once, then onMessage for
     * every frame received on the text protocol until PHPLEAK_N frames.
     */
    class Worker
    {
        public $onWorkerStart = null;
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(private string $socketName)
        {
        }

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                $worker->run();
            }
        }

        /** @var list<Worker> */
        private static array $workers = [];

        public function listen(): void
        {
            self::$workers[] = $this;
        }

        private function run(): void
        {
            if ($this->onWorkerStart) {
                ($this->onWorkerStart)($this);
            }
            $regions = ['north', 'south', 'east', 'west', 'metro'];
            $perils = ['auto', 'property', 'liability'];
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $connection = new TcpConnection(1 + $i % 32, '10.0.4.' . (1 + $i % 200) . ':' . (40000 + $i % 2000));
                $frame = json_encode([
                    'op' => 'assign',
                    'claim' => sprintf('CLM-%s-%07d', $perils[$i % 3][0], 880000 + $i),
                    'region' => $regions[$i % 5],
                    'peril' => $perils[$i % 3],
                    'severity' => 1 + ($i * 7) % 5,
                    'reserve' => 1500 + ($i * 997) % 60000,
                    'loss_summary' => "Loss notice {$i}: insured vehicle struck at intersection, airbags deployed, passenger complains of neck pain. "
                        . str_repeat('Tow yard holds the vehicle pending inspection; rental authorised for seven days. ', 7),
                ]);
                ($this->onMessage)($connection, $frame);
            }
        }
    }
}

namespace Claims\Assignment {

    final class Adjuster
    {
        /** @param list<string> $perils */
        public function __construct(
            public readonly string $id,
            public readonly string $region,
            public readonly array $perils,
            public readonly int $authorityLimit,
        ) {
        }
    }

    final class Assignment
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $adjusterId,
            public readonly int $severity,
            public readonly int $reserve,
            public readonly string $lossSummary,
            public readonly int $assignedAt,
        ) {
        }
    }

    final class AdjusterRoster
    {
        /** @var array<string, Adjuster> */
        private array $adjusters = [];

        /** @var array<string, int> */
        private array $openFiles = [];

        public function add(Adjuster $adjuster): void
        {
            $this->adjusters[$adjuster->id] = $adjuster;
            $this->openFiles[$adjuster->id] = 0;
        }

        public function leastLoaded(string $region, string $peril, int $reserve): ?Adjuster
        {
            $best = null;
            foreach ($this->adjusters as $adjuster) {
                if ($adjuster->region !== $region || !in_array($peril, $adjuster->perils, true) || $adjuster->authorityLimit < $reserve) {
                    continue;
                }
                if ($best === null || $this->openFiles[$adjuster->id] < $this->openFiles[$best->id]) {
                    $best = $adjuster;
                }
            }

            return $best;
        }

        public function opened(string $adjusterId): void
        {
            $this->openFiles[$adjusterId]++;
        }

        public function closed(string $adjusterId): void
        {
            $this->openFiles[$adjusterId] = max(0, $this->openFiles[$adjusterId] - 1);
        }
    }

    /**
     * The last N assignments, kept so that a re-sent FNOL for the same claim
     * lands on the adjuster who already has the file.
     */
    final class RecentAssignments
    {
        /** @var array<int, Assignment> */
        private array $slots = [];

        /** @var array<string, Assignment> */
        private array $byClaim = [];

        private int $cursor = 0;

        public function __construct(private int $capacity)
        {
        }

        public function record(Assignment $assignment): ?Assignment
        {
            $slot = $this->cursor++ % $this->capacity;
            $evicted = $this->slots[$slot] ?? null;

            $this->slots[$slot] = $assignment;
            $this->byClaim[$assignment->claimNumber] = $assignment; // leak

            return $evicted;
        }

        public function forClaim(string $claimNumber): ?Assignment
        {
            return $this->byClaim[$claimNumber] ?? null;
        }
    }

    final class AssignmentService
    {
        public function __construct(private AdjusterRoster $roster, private RecentAssignments $recent)
        {
        }

        public function assign(array $fnol, int $now): ?Assignment
        {
            if ($previous = $this->recent->forClaim($fnol['claim'])) {
                return $previous;
            }

            $adjuster = $this->roster->leastLoaded($fnol['region'], $fnol['peril'], (int) $fnol['reserve'])
                ?? $this->roster->leastLoaded($fnol['region'], $fnol['peril'], 0);
            if ($adjuster === null) {
                return null;
            }

            $assignment = new Assignment($fnol['claim'], $adjuster->id, (int) $fnol['severity'], (int) $fnol['reserve'], $fnol['loss_summary'], $now);
            $this->roster->opened($adjuster->id);
            if ($evicted = $this->recent->record($assignment)) {
                // files older than the window are handed to the desk queue
                $this->roster->closed($evicted->adjusterId);
            }

            return $assignment;
        }
    }
}

namespace {
    use Claims\Assignment\Adjuster;
    use Claims\Assignment\AdjusterRoster;
    use Claims\Assignment\AssignmentService;
    use Claims\Assignment\RecentAssignments;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $worker = new Worker('text://0.0.0.0:7400');
    $worker->name = 'adjuster-assignment';
    $service = null;

    $worker->onWorkerStart = static function (Worker $worker) use (&$service): void {
        $roster = new AdjusterRoster();
        foreach (['north', 'south', 'east', 'west', 'metro'] as $r => $region) {
            $roster->add(new Adjuster("ADJ-{$r}01", $region, ['auto', 'liability'], 25000));
            $roster->add(new Adjuster("ADJ-{$r}02", $region, ['auto', 'property'], 75000));
            $roster->add(new Adjuster("ADJ-{$r}03", $region, ['property', 'liability'], 250000));
        }
        $service = new AssignmentService($roster, new RecentAssignments(64));
    };

    $worker->onMessage = static function (TcpConnection $connection, string $data) use (&$service): void {
        $fnol = json_decode($data, true);
        $assignment = $service->assign($fnol, 1717200000 + $connection->id);
        $connection->send(json_encode($assignment === null
            ? ['claim' => $fnol['claim'], 'status' => 'queued_for_desk']
            : ['claim' => $assignment->claimNumber, 'adjuster' => $assignment->adjusterId, 'status' => 'assigned']));
    };

    $worker->listen();
    Worker::runAll();
}
