<?php

declare(strict_types=1);

namespace React\EventLoop {

    /** Stand-in for react/event-loop: runs queued ticks until none are left. */
    final class Loop
    {
        /** @var \SplQueue<callable> */
        private \SplQueue $ticks;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function futureTick(callable $tick): void
        {
            $this->ticks->enqueue($tick);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }
    }
}

namespace App\Database {

    final class Query
    {
        public function __construct(
            public readonly string $sql,
            public readonly array $params,
            public readonly float $timeout,
        ) {
        }
    }

    final class PendingQuery
    {
        private ?array $rows = null;
        private ?string $error = null;

        public function __construct(
            public readonly Query $query,
            private readonly \Closure $onTimeout, // leak
        ) {
        }

        public function resolve(array $rows): void
        {
            $this->rows = $rows;
        }

        public function fail(string $reason): void
        {
            $this->error = $reason;
        }

        public function expire(): void
        {
            ($this->onTimeout)();
        }

        public function rows(): array
        {
            return $this->rows ?? [];
        }
    }

    /** Async MySQL-ish client: every query gets a pending handle with a timeout hook. */
    final class AsyncConnection
    {
        private int $timeouts = 0;

        public function __construct(private readonly \React\EventLoop\Loop $loop)
        {
        }

        public function query(string $sql, array $params, callable $then): void
        {
            $pending = $this->startQuery(new Query($sql, $params, 2.5));

            $this->loop->futureTick(static function () use ($pending, $then, $params): void {
                $pending->resolve([
                    ['id' => $params[0], 'payload' => str_repeat("row-{$params[0]}|", 40)],
                ]);
                $then($pending->rows());
            });
        }

        private function startQuery(Query $query): PendingQuery
        {
            $pending = null;
            $onTimeout = function () use (&$pending): void { // leak
                $this->timeouts++;
                $pending?->fail('query timed out after ' . $pending->query->timeout . 's');
            };
            $pending = new PendingQuery($query, $onTimeout); // leak

            return $pending;
        }
    }
}

namespace App\Http {

    use App\Database\AsyncConnection;

    final class ProfileController
    {
        public ?string $lastBody = null;

        public function __construct(private readonly AsyncConnection $db)
        {
        }

        public function show(int $userId): void
        {
            $this->db->query('SELECT * FROM profiles WHERE user_id = ?', [$userId], function (array $rows): void {
                $this->lastBody = json_encode($rows[0] ?? null);
            });
        }
    }
}

namespace {

    use App\Database\AsyncConnection;
    use App\Http\ProfileController;
    use React\EventLoop\Loop;

    $loop = new Loop();
    $controller = new ProfileController(new AsyncConnection($loop));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $controller->show(1000 + $i);
        $loop->run();
    }
}
