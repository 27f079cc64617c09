<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        public string $lastSent = '';

        public function __construct(int $id)
        {
            $this->id = $id;
        }

        public function send(string $data): void
        {
            $this->lastSent = $data;
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

        private static array $workers = [];

        public function __construct(public string $socketName)
        {
            self::$workers[] = $this;
        }

        /** Stand-in event loop: feeds PHPLEAK_N websocket frames to each worker. */
        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $conn = new TcpConnection(1);
                for ($i = 1; $i <= $n; $i++) {
                    $viewer = 50_000 + $i;
                    $frame = json_encode([
                        'op' => 'suggestions',
                        'viewer' => ['id' => $viewer, 'handle' => "reader_{$i}", 'bio' => "Coffee, climbing and distributed systems. Posting from somewhere around timezone +{$i}h."],
                        'following' => [
                            ['id' => 60_000 + $i, 'handle' => 'climb.daily' . $i, 'bio' => str_repeat('Route beta and gym news. ', 4), 'follows' => [70_000 + $i]],
                            ['id' => 70_000 + $i, 'handle' => 'dist.sys.notes' . $i, 'bio' => str_repeat('Papers, consensus, queues. ', 4), 'follows' => [60_000 + $i]],
                        ],
                    ]);
                    ($worker->onMessage)($conn, $frame);
                }
            }
        }
    }
}

namespace App\Social {

    final class UserNode
    {
        /** @var array<int, UserNode> */
        private array $following = [];
        /** @var array<int, UserNode> */
        private array $followers = [];

        public function __construct(public readonly int $id, public readonly string $handle, public readonly string $bio)
        {
        }

        public function follow(UserNode $other): void
        {
            $this->following[$other->id] = $other; // leak
            $other->followers[$this->id] = $this; // leak
        }

        /** Accounts followed by the accounts this user follows. */
        public function secondDegree(): \Generator
        {
            foreach ($this->following as $followed) {
                foreach ($followed->following as $candidate) {
                    if ($candidate !== $this && !isset($this->following[$candidate->id])) {
                        yield $candidate->id => $candidate;
                    }
                }
            }
        }

        public function followerCount(): int
        {
            return count($this->followers);
        }

        public function unlinkAll(): void
        {
            $this->following = [];
            $this->followers = [];
        }
    }

    final class SuggestionGraph
    {
        /** @var array<int, UserNode> */
        private array $nodes = [];

        public function node(array $row): UserNode
        {
            return $this->nodes[$row['id']] ??= new UserNode($row['id'], $row['handle'], $row['bio'] ?? '');
        }

        public function stub(int $id): UserNode
        {
            return $this->nodes[$id] ??= new UserNode($id, '', '');
        }

        public function release(): void
        {
            $this->nodes = [];
        }
    }

    final class FollowSuggester
    {
        private int $served = 0;

        public function __construct(private int $limit)
        {
        }

        public function suggest(array $request): array
        {
            $graph = new SuggestionGraph();
            try {
                $viewer = $graph->node($request['viewer']);
                foreach ($request['following'] as $row) {
                    $followed = $graph->node($row);
                    $viewer->follow($followed);
                    foreach ($row['follows'] as $id) {
                        $followed->follow($graph->stub($id));
                    }
                }
                $out = [];
                foreach ($viewer->secondDegree() as $id => $candidate) {
                    $out[$id] = ['id' => $id, 'mutuals' => $candidate->followerCount()];
                    if (count($out) >= $this->limit) {
                        break;
                    }
                }
                $this->served++;
                return array_values($out);
            } finally {
                $graph->release();
            }
        }
    }
}

namespace {

    use App\Social\FollowSuggester;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $ws = new Worker('websocket://0.0.0.0:8282');
    $ws->name = 'suggestions';
    $ws->count = 4;
    $suggester = null;
    $ws->onWorkerStart = function () use (&$suggester): void {
        $suggester = new FollowSuggester(10);
    };
    $ws->onMessage = function (TcpConnection $connection, string $data) use (&$suggester): void {
        $request = json_decode($data, true);
        if (($request['op'] ?? '') !== 'suggestions') {
            return;
        }
        $connection->send(json_encode(['suggestions' => $suggester->suggest($request)]));
    };

    Worker::runAll();
}
