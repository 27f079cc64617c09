<?php
// A database connection pool opens a lightweight session handle for each request and records it in a static lease tracker used by the health-check endpoint until the handle is released.

final class SessionHandle
{
    public array $statements = [];

    public function __construct(
        public readonly string $id,
        public readonly string $dsn,
        public readonly float $openedAt,
    ) {}

    public function query(string $sql, array $params = []): array
    {
        $this->statements[] = $sql;
        return [['id' => $params[0] ?? 1, 'sql' => $sql]];
    }
}

final class LeaseTracker
{
    private static ?SplObjectStorage $leases = null;

    public static function leases(): SplObjectStorage
    {
        return self::$leases ??= new SplObjectStorage();
    }

    public static function track(SessionHandle $handle, string $owner): void
    {
        self::leases()->attach($handle, ['owner' => $owner, 'since' => $handle->openedAt, 'trace' => self::shortTrace()]);
    }

    public static function touch(SessionHandle $handle): void
    {
        $leases = self::leases();
        if ($leases->contains($handle)) {
            $info = $leases[$handle];
            $info['last_used'] = microtime(true);
            $leases[$handle] = $info;
        }
    }

    public static function untrack(SessionHandle $handle): void
    {
        $leases = self::leases();
        if ($leases->contains($handle)) {
            $leases->detach($handle);
        }
    }

    public static function report(): array
    {
        $out = [];
        foreach (self::leases() as $i => $handle) {
            $out[] = $handle->id . ' held by ' . self::leases()[$handle]['owner'];
        }
        return $out;
    }

    private static function shortTrace(): string
    {
        $frames = array_slice(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS), 1, 4);
        return implode(' <- ', array_map(static fn (array $f) => ($f['class'] ?? '') . ($f['type'] ?? '') . $f['function'], $frames));
    }
}

final class ConnectionPool
{
    private int $opened = 0;

    public function __construct(private string $dsn, private int $maxSize = 20) {}

    public function acquire(string $owner): SessionHandle
    {
        $handle = new SessionHandle(sprintf('%s-%06d', md5($this->dsn), ++$this->opened), $this->dsn, microtime(true));
        LeaseTracker::track($handle, $owner);
        return $handle;
    }

    public function release(SessionHandle $handle): void
    {
        $handle->statements = [];
        LeaseTracker::untrack($handle);
    }
}

final class OrderRepository
{
    public function __construct(private ConnectionPool $pool) {}

    public function findForCustomer(int $customerId): array
    {
        $handle = $this->pool->acquire(__METHOD__);
        try {
            LeaseTracker::touch($handle);
            return $handle->query('SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20', [$customerId]);
        } finally {
            $this->pool->release($handle);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$repository = new OrderRepository(new ConnectionPool('pgsql:host=db;dbname=shop'));
for ($i = 0; $i < $n; $i++) {
    $repository->findForCustomer(300 + $i % 40);
}
