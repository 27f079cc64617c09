<?php

declare(strict_types=1);

namespace App\Infrastructure\Db;

// --- Swoole-like stand-ins ---------------------------------------------------

final class Coroutine
{
    private static int $cid = 0;
    /** @var array<int, \ArrayObject> */
    private static array $contexts = [];

    public static function run(\Closure $fn): void
    {
        $cid = ++self::$cid;
        self::$contexts[$cid] = new \ArrayObject();
        try {
            $fn($cid);
        } finally {
            unset(self::$contexts[$cid]);
        }
    }

    public static function getContext(int $cid): \ArrayObject
    {
        return self::$contexts[$cid];
    }
}

final class Channel
{
    /** @var list<mixed> */
    private array $items = [];

    public function push(mixed $item): void
    {
        $this->items[] = $item;
    }

    public function pop(): mixed
    {
        return array_pop($this->items);
    }
}

final class RawConnection
{
    public int $queries = 0;

    public function __construct(public readonly string $dsn)
    {
    }

    public function execute(string $sql, array $params): int
    {
        $this->queries++;
        return \count($params);
    }
}

// --- application -------------------------------------------------------------

final class ConnectionPool
{
    private Channel $idle;

    public function __construct(string $dsn, int $size)
    {
        $this->idle = new Channel();
        for ($i = 0; $i < $size; $i++) {
            $this->idle->push(new RawConnection($dsn));
        }
    }

    public function lease(string $purpose): Lease
    {
        return new Lease($this, $this->idle->pop(), $purpose);
    }

    public function giveBack(RawConnection $connection): void
    {
        $this->idle->push($connection);
    }
}

final class Lease
{
    private ?Transaction $current = null;
    private bool $released = false;

    public function __construct(
        private readonly ConnectionPool $pool,
        public readonly RawConnection $connection,
        public readonly string $purpose,
    ) {
    }

    public function begin(): Transaction
    {
        return $this->current = new Transaction(\WeakReference::create($this), uniqid('tx-', true));
    }

    public function release(): void
    {
        if (!$this->released) {
            $this->released = true;
            $this->pool->giveBack($this->connection);
        }
    }
}

final class Transaction
{
    /** @var list<string> */
    private array $journal = [];

    /** @param \WeakReference<Lease> $lease */
    public function __construct(
        private readonly \WeakReference $lease,
        public readonly string $id,
    ) {
    }

    public function execute(string $sql, array $params = []): int
    {
        $this->journal[] = sprintf('[%s] %s %s', $this->id, $sql, json_encode($params));
        return $this->lease()->connection->execute($sql, $params);
    }

    public function commit(): void
    {
        $lease = $this->lease();
        $lease->connection->execute('COMMIT', []);
        $lease->release();
    }

    private function lease(): Lease
    {
        return $this->lease->get() ?? throw new \LogicException("Lease for {$this->id} is gone");
    }
}

final class OrderRepository
{
    public function __construct(private readonly ConnectionPool $pool)
    {
    }

    public function place(int $cid, array $order): void
    {
        $context = Coroutine::getContext($cid);
        $context['lease'] = $this->pool->lease('orders.place');

        $tx = $context['lease']->begin();
        $tx->execute('INSERT INTO orders (ref, customer, total) VALUES (?, ?, ?)', [$order['ref'], $order['customer'], $order['total']]);
        foreach ($order['lines'] as $line) {
            $tx->execute('INSERT INTO order_lines (ref, sku, qty) VALUES (?, ?, ?)', [$order['ref'], $line['sku'], $line['qty']]);
        }
        $tx->commit();
    }
}

// --- HTTP server stand-in -----------------------------------------------------

$pool = new ConnectionPool('mysql:host=db;dbname=shop', 4);
$orders = new OrderRepository($pool);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = [
        'ref' => sprintf('ORD-%08d', $i),
        'customer' => 'cus_' . bin2hex(random_bytes(8)),
        'total' => 1999 + $i,
        'lines' => [['sku' => 'SKU-' . ($i % 97), 'qty' => 1 + $i % 3], ['sku' => 'SKU-' . ($i % 89), 'qty' => 2]],
    ];
    Coroutine::run(static function (int $cid) use ($orders, $payload): void {
        $orders->place($cid, $payload);
    });
}
