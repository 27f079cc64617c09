<?php
declare(strict_types=1);

// A legacy procedural app moved onto a RoadRunner-style worker loop.
// Its db layer keeps "prepared statements" in $GLOBALS, keyed by md5 of the SQL.

final class PreparedStatement
{
    /** @var list<string> */
    public array $columns;

    public function __construct(public readonly string $sql)
    {
        preg_match('/SELECT (.+?) FROM/s', $sql, $m);
        $this->columns = array_map('trim', explode(',', $m[1] ?? '*'));
    }

    /** @param list<scalar> $bind */
    public function execute(array $bind): array
    {
        $row = [];
        foreach ($this->columns as $idx => $column) {
            $row[$column] = $bind[0] ?? $idx;
        }
        return [$row];
    }
}

final class FakePsr7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $this->served++;
        return ['path' => '/account/orders', 'query' => ['customer' => (string) (70_000 + $this->served)]];
    }

    public function respond(int $status, string $body): void
    {
    }
}

function db_query(string $sql, array $bind = []): array
{
    $key = md5($sql);
    if (!isset($GLOBALS['__db_statements'][$key])) {
        $GLOBALS['__db_statements'][$key] = new PreparedStatement($sql);
    }

    return $GLOBALS['__db_statements'][$key]->execute($bind);
}

function customer_orders_page(int $customerId): string
{
    $orders = db_query(
        "SELECT o.id, o.reference, o.status, o.total_amount, o.currency, o.created_at, o.shipped_at
           FROM orders o
          WHERE o.customer_id = ? AND o.deleted_at IS NULL
       ORDER BY o.created_at DESC LIMIT 20",
        [$customerId]
    );
    $profile = db_query('SELECT c.id, c.email, c.display_name, c.locale FROM customers c WHERE c.id = ?', [$customerId]);

    return json_encode(['orders' => $orders, 'profile' => $profile[0]]);
}

$GLOBALS['__db_statements'] = [];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new FakePsr7Worker($n);

while ($request = $worker->waitRequest()) {
    $_GET = $request['query'];
    $body = customer_orders_page((int) $_GET['customer']);
    $worker->respond(200, $body);
}
$_GET = [];
