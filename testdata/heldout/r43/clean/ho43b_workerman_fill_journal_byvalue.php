<?php

declare(strict_types=1);

/*
 * Workerman TCP worker that receives trade fills from the matching engine
 * (one JSON frame per fill), keeps net positions per account and market,
 * and writes each fill to the fills journal table.
 */

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        public string $lastSent = '';

        public function __construct(int $id)
        {
            $this->id = $id;
        }

        public function send(string $buffer): bool
        {
            $this->lastSent = $buffer;

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var callable|null */
        public $onWorkerStart = null;

        /** @var callable|null */
        public $onMessage = null;

        public string $name = 'none';
        public int $count = 1;

        public function __construct(public string $socketName)
        {
        }

        /** Stand-in for the event loop: start once, then deliver frames. */
        public function run(iterable $frames): void
        {
            ($this->onWorkerStart)($this);
            $connection = new TcpConnection(1);
            foreach ($frames as $frame) {
                ($this->onMessage)($connection, $frame);
            }
        }
    }
}

namespace App\Trading {

    use Workerman\Connection\TcpConnection;

    final class Fill
    {
        public function __construct(
            public readonly string $tradeId,
            public readonly string $orderId,
            public readonly int $accountId,
            public readonly string $market,
            public readonly string $side,
            public readonly string $price,
            public readonly string $qty,
            public readonly string $fee,
            public readonly string $feeAsset,
            public readonly bool $maker,
            public readonly int $ts,
        ) {
        }

        public static function fromFrame(array $f): self
        {
            return new self(
                (string) $f['t'],
                (string) $f['o'],
                (int) $f['a'],
                (string) $f['s'],
                $f['S'] === 'BUY' ? 'buy' : 'sell',
                (string) $f['p'],
                (string) $f['q'],
                (string) $f['n'],
                (string) $f['N'],
                (bool) $f['m'],
                (int) $f['T'],
            );
        }

        public function toJournalRow(): array
        {
            return [
                'trade_id' => $this->tradeId,
                'order_id' => $this->orderId,
                'account_id' => $this->accountId,
                'market' => $this->market,
                'side' => $this->side,
                'price' => $this->price,
                'quantity' => $this->qty,
                'fee' => $this->fee,
                'fee_asset' => $this->feeAsset,
                'liquidity' => $this->maker ? 'maker' : 'taker',
                'executed_at' => gmdate('Y-m-d H:i:s', intdiv($this->ts, 1000)) . sprintf('.%03d', $this->ts % 1000),
            ];
        }
    }

    final class PositionBook
    {
        /** @var array<int, array<string, float>> */
        private array $net = [];

        public function __construct(array $accountIds, array $markets)
        {
            foreach ($accountIds as $id) {
                $this->net[$id] = array_fill_keys($markets, 0.0);
            }
        }

        public function apply(Fill $fill): float
        {
            $signed = ($fill->side === 'buy' ? 1 : -1) * (float) $fill->qty;

            return $this->net[$fill->accountId][$fill->market] += $signed;
        }
    }

    final class FillRepository
    {
        private int $written = 0;

        /** INSERT INTO fills (...) VALUES (...), (...) */
        public function insertMany(array $rows): int
        {
            if ($rows === []) {
                return 0;
            }
            $columns = array_keys($rows[array_key_first($rows)]);
            $values = [];
            foreach ($rows as $row) {
                $values[] = '(' . implode(',', array_map(static fn ($v) => "'" . addslashes((string) $v) . "'", $row)) . ')';
            }
            $sql = 'INSERT IGNORE INTO fills (' . implode(',', $columns) . ') VALUES ' . implode(',', $values);
            $this->written += strlen($sql) > 0 ? 1 : 0;

            return $this->written;
        }
    }

    final class FillSinks
    {
        /**
         * The per-fill callbacks the stream handler runs, keyed by name.
         *
         * @return array<string, callable(Fill): mixed>
         */
        public static function build(array $journal, FillRepository $fills, PositionBook $positions): array
        {
            $writeJournal = function (Fill $fill) use ($journal, $fills): int {
                $journal[] = $fill->toJournalRow();

                return $fills->insertMany($journal);
            };

            return array_merge(self::defaults(), [
                'journal' => $writeJournal,
                'position' => $positions->apply(...),
            ]);
        }

        private static function defaults(): array
        {
            return ['metrics' => static fn (Fill $fill): int => strlen($fill->tradeId)];
        }
    }

    final class FillStreamHandler
    {
        /** @param array<string, callable(Fill): mixed> $sinks */
        public function __construct(private array $sinks)
        {
        }

        public function onMessage(TcpConnection $connection, string $frame): void
        {
            $data = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
            if (($data['e'] ?? null) !== 'trade.fill') {
                $connection->send('{"ack":false}');

                return;
            }
            $fill = Fill::fromFrame($data);
            $results = [];
            foreach ($this->sinks as $name => $sink) {
                $results[$name] = $sink($fill);
            }
            $connection->send(json_encode(['ack' => true, 't' => $fill->tradeId, 'pos' => $results['position']]));
        }
    }
}

namespace {

    use App\Trading\FillRepository;
    use App\Trading\FillSinks;
    use App\Trading\FillStreamHandler;
    use App\Trading\PositionBook;
    use Workerman\Worker;

    $worker = new Worker('frame://0.0.0.0:7311');
    $worker->name = 'fills-consumer';

    $journal = [];
    $worker->onWorkerStart = function (Worker $w) use (&$journal): void {
        $sinks = FillSinks::build(
            $journal,
            new FillRepository(),
            new PositionBook([1001, 1002, 1003, 1004], ['BTC-USDT', 'ETH-USDT', 'SOL-USDT']),
        );
        $handler = new FillStreamHandler($sinks);
        $w->onMessage = [$handler, 'onMessage'];
    };

    $frames = (function (int $n): Generator {
        $markets = [['BTC-USDT', 64210.5], ['ETH-USDT', 3140.25], ['SOL-USDT', 148.375]];
        $ts = 1_712_345_600_000;
        for ($i = 0; $i < $n; $i++) {
            [$market, $px] = $markets[$i % 3];
            $ts += 37 + $i % 11;
            yield json_encode([
                'e' => 'trade.fill',
                't' => (string) (912_000_000 + $i),
                'o' => sprintf('%08x-%04x-4%03x', 0x5a3c0000 + $i * 7, $i % 0xffff, $i % 0xfff),
                'a' => 1001 + $i % 4,
                's' => $market,
                'S' => $i % 2 ? 'SELL' : 'BUY',
                'p' => number_format($px + ($i % 17) * 0.25, 2, '.', ''),
                'q' => number_format(0.001 * (1 + $i % 40), 5, '.', ''),
                'n' => number_format(0.0000123 * (1 + $i % 9), 8, '.', ''),
                'N' => 'USDT',
                'm' => $i % 3 === 0,
                'T' => $ts,
            ]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $worker->run($frames);
}
