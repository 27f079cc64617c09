<?php

declare(strict_types=1);

// Workerman text-protocol service used by the tournament admin panel: it
// receives a double-elimination bracket as JSON and answers with the
// matches that can be scheduled now (both slots filled, not yet played).

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        public int $bytesWritten = 0;
        private static int $seq = 0;

        public function __construct(public string $remoteAddress)
        {
            $this->id = ++self::$seq;
        }

        public function send(string $buffer): bool
        {
            $this->bytesWritten += strlen($buffer) + 1;
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        public string $name = 'none';
        public int $count = 1;
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onMessage = null;

        /** @var list<Worker> */
        private static array $workers = [];

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        /** Stand-in for the event loop: the frames are what the admin panel sends. */
        public static function runAll(iterable $frames): void
        {
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
            }
            $connection = new TcpConnection('10.0.4.17:51544');
            foreach ($frames as $frame) {
                foreach (self::$workers as $worker) {
                    ($worker->onMessage)($connection, $frame);
                }
            }
        }
    }
}

namespace App\Bracket {
    final class SchedulingRules
    {
        public function __construct(
            public readonly int $minRestMinutes = 30,
            public readonly array $bestOf = ['upper' => 3, 'lower' => 3, 'grand_final' => 5],
        ) {
        }
    }

    final class BracketService
    {
        public function __construct(private SchedulingRules $rules)
        {
        }

        /**
         * @return list<array{match: string, side: string, round: int, teams: array, best_of: int}>
         */
        public function schedulable(array $bracket): array
        {
            $ready = [];
            $rules = $this->rules;
            $walk = function (array $node, string $side, int $depth) use (&$walk, &$ready, $rules): void {
                foreach ($node['feeds'] ?? [] as $child) {
                    $walk($child, $child['side'] ?? $side, $depth + 1);
                }
                if (($node['winner'] ?? null) === null && count(array_filter($node['teams'] ?? [])) === 2) {
                    $ready[] = [
                        'match' => $node['id'],
                        'side' => $side,
                        'round' => $depth,
                        'teams' => $node['teams'],
                        'best_of' => $rules->bestOf[$side] ?? 1,
                        'not_before' => ($node['finished_at'] ?? 0) + $rules->minRestMinutes * 60,
                    ];
                }
            };
            $walk($bracket, 'grand_final', 0);
            $walk = null;

            usort($ready, static fn (array $a, array $b) => $b['round'] <=> $a['round'] ?: strcmp($a['match'], $b['match']));
            return $ready;
        }
    }
}

namespace {
    use App\Bracket\BracketService;
    use App\Bracket\SchedulingRules;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $worker = new Worker('text://0.0.0.0:8686');
    $worker->name = 'bracket-scheduler';
    $service = null;
    $worker->onWorkerStart = function () use (&$service): void {
        $service = new BracketService(new SchedulingRules());
    };
    $worker->onMessage = function (TcpConnection $connection, string $data) use (&$service): void {
        $request = json_decode($data, true, 32, JSON_THROW_ON_ERROR);
        $connection->send(json_encode(['event' => $request['event'], 'ready' => $service->schedulable($request['bracket'])]));
    };

    $frames = (static function (int $n): \Generator {
        for ($i = 0; $i < $n; $i++) {
            $team = static fn (int $k) => $k % 5 === 0 ? null : ['id' => 900 + ($i + $k) % 64, 'tag' => 'T' . (($i + $k) % 64)];
            $semis = [];
            for ($s = 0; $s < 2; $s++) {
                $semis[] = [
                    'id' => "ub-sf-$s", 'side' => 'upper', 'teams' => [$team($s * 2 + 1), $team($s * 2 + 2)], 'winner' => null,
                    'feeds' => [
                        ['id' => "ub-qf-{$s}a", 'side' => 'upper', 'teams' => [$team($s + 3), $team($s + 4)], 'winner' => ($i + $s) % 2 ? null : 'T1', 'finished_at' => 1718000000 + $i],
                        ['id' => "lb-r1-{$s}", 'side' => 'lower', 'teams' => [$team($s + 6), $team($s + 7)], 'winner' => null],
                    ],
                ];
            }
            yield json_encode(['event' => 'spring-major-' . $i, 'bracket' => ['id' => 'gf', 'teams' => [null, null], 'winner' => null, 'feeds' => $semis]]);
        }
    })($n);

    Worker::runAll($frames);
}
