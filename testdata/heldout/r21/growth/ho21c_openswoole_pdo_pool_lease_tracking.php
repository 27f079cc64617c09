<?php

declare(strict_types=1);

namespace Infra\Coroutine {

    /** Stand-in for OpenSwoole\Coroutine\Channel (bounded, non-blocking in this harness). */
    final class Channel
    {
        private \SplQueue $items;

        public function __construct(public readonly int $capacity)
        {
            $this->items = new \SplQueue();
        }

        public function push(mixed $item): bool
        {
            if ($this->items->count() >= $this->capacity) {
                return false;
            }
            $this->items->enqueue($item);

            return true;
        }

        public function pop(): mixed
        {
            return $this->items->isEmpty() ? false : $this->items->dequeue();
        }

        public function length(): int
        {
            return $this->items->count();
        }
    }

    final class Coroutine
    {
        private static int $cid = 0;

        public static function create(\Closure $fn): int
        {
            $fn();

            return ++self::$cid;
        }

        public static function getCid(): int
        {
            return self::$cid + 1;
        }
    }
}

namespace Infra\Database {

    use Infra\Coroutine\Channel;
    use Infra\Coroutine\Coroutine;

    final class Connection
    {
        private int $queries = 0;

        public function __construct(public readonly string $dsn, public readonly int $serial)
        {
        }

        public function fetchAll(string $sql, array $params): array
        {
            $this->queries++;

            return [['id' => $params[0] ?? 0, 'sql' => $sql, 'conn' => $this->serial]];
        }
    }

    final class Lease
    {
        public function __construct(public readonly Connection $connection, public readonly int $coroutineId)
        {
        }
    }

    final class LeaseInfo
    {
        public function __construct(
            public readonly int $coroutineId,
            public readonly float $borrowedAt,
            public readonly string $borrowedBy,
        ) {
        }
    }

    /** Coroutine-safe connection pool with diagnostics for leases held too long. */
    final class ConnectionPool
    {
        private Channel $idle;
        private \SplObjectStorage $leases;

        public function __construct(private readonly string $dsn, int $size)
        {
            $this->idle = new Channel($size);
            $this->leases = new \SplObjectStorage();
            for ($i = 1; $i <= $size; $i++) {
                $this->idle->push(new Connection($dsn, $i));
            }
        }

        public function borrow(string $caller): Lease
        {
            $connection = $this->idle->pop() ?: new Connection($this->dsn, 0);
            $lease = new Lease($connection, Coroutine::getCid());
            $trace = $caller . ' <- ' . implode(' <- ', array_map(
                static fn (array $f) => ($f['class'] ?? '') . ($f['type'] ?? '') . $f['function'] . ' at ' . ($f['file'] ?? '?') . ':' . ($f['line'] ?? 0),
                debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 6),
            ));
            $this->leases[$lease] = new LeaseInfo($lease->coroutineId, microtime(true), $trace); // leak

            return $lease;
        }

        public function release(Lease $lease): void
        {
            $this->idle->push($lease->connection);
        }

        /** @return list<string> leases held longer than $seconds */
        public function overdue(float $seconds): array
        {
            $now = microtime(true);
            $out = [];
            foreach ($this->leases as $lease) {
                $info = $this->leases[$lease];
                if ($now - $info->borrowedAt > $seconds) {
                    $out[] = $info->borrowedBy;
                }
            }

            return $out;
        }
    }
}

namespace App {

    use Infra\Coroutine\Coroutine;
    use Infra\Database\ConnectionPool;

    final class ProductRepository
    {
        public function __construct(private readonly ConnectionPool $pool)
        {
        }

        public function find(int $id): array
        {
            $lease = $this->pool->borrow(__METHOD__ . ' product #' . $id);
            try {
                return $lease->connection->fetchAll('SELECT * FROM products WHERE id = ?', [$id]);
            } finally {
                $this->pool->release($lease);
            }
        }
    }

    $pool = new ConnectionPool('mysql:host=db;dbname=shop', 4);
    $products = new ProductRepository($pool);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        // OpenSwoole\Http\Server 'request' callback runs in its own coroutine
        Coroutine::create(static function () use ($products, $i): void {
            $products->find(1000 + $i);
        });
    }
}
