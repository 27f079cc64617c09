<?php

declare(strict_types=1);

/*
 * AMPHP consumer of the "csat.responses" Redis channel: every survey
 * answer is projected into the per-agent rolling score shown on the team
 * dashboard and appended to the analytics warehouse in batches.
 */

namespace Revolt {
    final class EventLoop
    {
        /** @var list<\Closure> */
        private static array $queue = [];

        public static function queue(\Closure $callback, mixed ...$args): void
        {
            self::$queue[] = static fn () => $callback(...$args);
        }

        public static function run(): void
        {
            while ($callback = array_shift(self::$queue)) {
                $callback();
            }
        }
    }
}

namespace Amp\Redis {
    final class RedisSubscription implements \IteratorAggregate
    {
        public function __construct(private readonly string $channel, private readonly \Closure $wire) {}

        public function getIterator(): \Generator
        {
            yield from ($this->wire)($this->channel);
        }
    }

    final class RedisSubscriber
    {
        public function __construct(private readonly string $uri, private readonly \Closure $wire) {}

        public function subscribe(string $channel): RedisSubscription
        {
            return new RedisSubscription($channel, $this->wire);
        }
    }
}

namespace Helpdesk\Analytics {
    final class WarehouseClient
    {
        private bool $connected = false;
        private int $rowsWritten = 0;

        public function __construct(private readonly string $dsn, private readonly string $database) {}

        public function connect(): void
        {
            $this->connected = true;
        }

        public function isConnected(): bool
        {
            return $this->connected;
        }

        public function insert(string $table, array $rows): void
        {
            $this->rowsWritten += count($rows);
        }
    }

    final class CsatEventBuffer
    {
        private \SplQueue $pending;

        public function __construct(private readonly WarehouseClient $warehouse, private readonly int $batchSize = 25)
        {
            $this->pending = new \SplQueue();
        }

        public function push(array $row): void
        {
            $this->pending->enqueue($row); // leak

            // never block the consumer on a warehouse that is not reachable:
            // rows wait in memory until the connection is up
            if ($this->warehouse->isConnected() && $this->pending->count() >= $this->batchSize) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            $rows = [];
            while (!$this->pending->isEmpty()) {
                $rows[] = $this->pending->dequeue();
            }
            if ($rows !== []) {
                $this->warehouse->insert('csat_responses', $rows);
            }
        }
    }

    final class AgentScoreboard
    {
        /** @var array<int, array{sum: int, count: int}> */
        private array $scores = [];

        /** @param array<int, string> $roster agent id => team */
        public function __construct(private readonly array $roster) {}

        public function teamOf(int $agentId): ?string
        {
            return $this->roster[$agentId] ?? null;
        }

        public function record(int $agentId, int $score): float
        {
            if (!isset($this->roster[$agentId])) {
                return 0.0;
            }
            $entry = $this->scores[$agentId] ?? ['sum' => 0, 'count' => 0];
            $entry['sum'] += $score;
            $entry['count']++;
            $this->scores[$agentId] = $entry;

            return $entry['sum'] / $entry['count'];
        }
    }

    final class CsatResponseProjector
    {
        public function __construct(private readonly AgentScoreboard $scoreboard, private readonly CsatEventBuffer $buffer) {}

        public function handle(string $payload): void
        {
            $response = json_decode($payload, true, flags: JSON_THROW_ON_ERROR);
            $score = (int) $response['score'];
            if ($score < 1 || $score > 5) {
                return;
            }
            $agentId = (int) $response['agent_id'];
            $rolling = $this->scoreboard->record($agentId, $score);

            $this->buffer->push([
                'survey_id' => $response['survey_id'],
                'ticket_id' => $response['ticket_id'],
                'agent_id' => $agentId,
                'team' => $this->scoreboard->teamOf($agentId) ?? 'unassigned',
                'score' => $score,
                'rolling_score' => round($rolling, 2),
                'comment' => substr(trim($response['comment'] ?? ''), 0, 500),
                'channel' => $response['channel'],
                'answered_at' => gmdate('Y-m-d H:i:s', $response['answered_at']),
            ]);
        }
    }
}

namespace {
    use Amp\Redis\RedisSubscriber;
    use Helpdesk\Analytics\AgentScoreboard;
    use Helpdesk\Analytics\CsatEventBuffer;
    use Helpdesk\Analytics\CsatResponseProjector;
    use Helpdesk\Analytics\WarehouseClient;
    use Revolt\EventLoop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $wire = static function (string $channel) use ($n): \Generator {
        $comments = [
            'The agent explained the refund timeline clearly and followed up the next day without me having to chase anything, which I really appreciated after the first bad experience.',
            'Took three emails before someone actually read my question. Once it reached the right person it was solved quickly, but the first two replies were canned and did not help.',
        ];
        for ($i = 0; $i < $n; $i++) {
            yield json_encode([
                'survey_id' => 'srv_' . bin2hex(random_bytes(8)),
                'ticket_id' => 640000 + $i,
                'agent_id' => 100 + $i % 12,
                'score' => 1 + ($i * 7) % 5,
                'comment' => $comments[$i % 2] . " (ticket " . (640000 + $i) . ")",
                'channel' => ['email', 'chat', 'phone'][$i % 3],
                'answered_at' => 1767225600 + $i * 13,
            ]);
        }
    };

    $roster = [];
    foreach (range(100, 111) as $agentId) {
        $roster[$agentId] = ['billing', 'shipping', 'tier2'][$agentId % 3];
    }

    // connection is opened by the dashboard's HTTP bootstrap (bootstrap/http.php)
    $warehouse = new WarehouseClient('http://clickhouse.internal:8123', 'support_analytics');
    $buffer = new CsatEventBuffer($warehouse, batchSize: 25);
    register_shutdown_function([$buffer, 'flush']);
    $projector = new CsatResponseProjector(new AgentScoreboard($roster), $buffer);

    $subscription = (new RedisSubscriber('redis://redis.internal:6379', $wire))->subscribe('csat.responses');
    EventLoop::queue(static function () use ($subscription, $projector): void {
        foreach ($subscription as $payload) {
            $projector->handle($payload);
        }
    });
    EventLoop::run();
}
