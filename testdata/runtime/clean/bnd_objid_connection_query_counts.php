<?php
// A DB profiler counts queries per connection under spl_object_id($conn); a fresh connection is opened and dropped per request.

final class Connection
{
    public string $dsn;

    public function __construct(string $host)
    {
        $this->dsn = "mysql:host={$host};dbname=shop;charset=utf8mb4;" . str_repeat('options=', 80);
    }
}

final class QueryProfiler
{
    /** @var array<int, int> */
    private array $counts = [];

    public function onQuery(Connection $conn, string $sql): void
    {
        $id = spl_object_id($conn);
        $this->counts[$id] = ($this->counts[$id] ?? 0) + 1;
    }

    public function countFor(Connection $conn): int
    {
        return $this->counts[spl_object_id($conn)] ?? 0;
    }
}

$profiler = new QueryProfiler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $conn = new Connection('db' . ($i % 3) . '.internal');
    $profiler->onQuery($conn, 'SELECT * FROM products WHERE id = ' . $i);
    $profiler->onQuery($conn, 'SELECT * FROM stock WHERE product_id = ' . $i);
    unset($conn);
}
