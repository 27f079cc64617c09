<?php

declare(strict_types=1);

/*
 * Swoole HTTP server: GET /customers/{id}/orders?status=..&page=..
 * The repository builds its query with a small query builder; the
 * connection keeps prepared statements in a per-worker cache so that the
 * same SQL is not prepared twice.
 */

final class PreparedStatement
{
    /** @var list<array{name: string, type: string}> */
    public array $columns = [];

    public function __construct(public readonly string $sql, public readonly string $handle)
    {
        foreach (['id', 'customer_id', 'status', 'total_cents', 'currency', 'placed_at', 'shipping_method', 'notes'] as $c) {
            $this->columns[] = ['name' => $c, 'type' => $c === 'id' || $c === 'total_cents' ? 'int' : 'string'];
        }
    }

    public function execute(array $params): array
    {
        return [['id' => 1, 'status' => $params['status'] ?? 'open']];
    }
}

trait CachesPreparedStatements
{
    /** @var array<string, PreparedStatement> */
    private static array $statementCache = [];

    protected function prepareCached(string $sql): PreparedStatement
    {
        $key = self::statementCacheKey($sql);

        return self::$statementCache[$key] ??= $this->prepare($sql); // leak
    }

    private static function statementCacheKey(string $sql): string
    {
        return 'stmt_' . hash('xxh128', preg_replace('/\s+/', ' ', trim($sql)));
    }
}

final class Connection
{
    use CachesPreparedStatements;

    private int $seq = 0;

    public function executeQuery(string $sql, array $params = []): array
    {
        return $this->prepareCached($sql)->execute($params);
    }

    private function prepare(string $sql): PreparedStatement
    {
        return new PreparedStatement($sql, 'pdo_stmt_' . ++$this->seq);
    }
}

final class QueryBuilder
{
    private array $select = [];
    private string $from = '';
    private array $where = [];
    private array $params = [];
    private array $orderBy = [];
    private ?int $limit = null;
    private int $offset = 0;

    public function __construct(private Connection $connection)
    {
    }

    public function select(string ...$columns): self
    {
        $this->select = $columns;

        return $this;
    }

    public function from(string $table, string $alias): self
    {
        $this->from = "$table $alias";

        return $this;
    }

    public function andWhere(string $predicate): self
    {
        $this->where[] = $predicate;

        return $this;
    }

    public function setParameter(string $name, mixed $value): self
    {
        $this->params[$name] = $value;

        return $this;
    }

    public function orderBy(string $sort, string $dir): self
    {
        $this->orderBy[] = "$sort $dir";

        return $this;
    }

    public function setMaxResults(int $limit): self
    {
        $this->limit = $limit;

        return $this;
    }

    public function setFirstResult(int $offset): self
    {
        $this->offset = $offset;

        return $this;
    }

    public function getSQL(): string
    {
        $sql = 'SELECT ' . implode(', ', $this->select) . ' FROM ' . $this->from;
        if ($this->where) {
            $sql .= ' WHERE ' . implode(' AND ', $this->where);
        }
        if ($this->orderBy) {
            $sql .= ' ORDER BY ' . implode(', ', $this->orderBy);
        }
        // Like most platforms' modifyLimitQuery(): limit and offset are inlined.
        if ($this->limit !== null) {
            $sql .= ' LIMIT ' . $this->limit . ' OFFSET ' . $this->offset;
        }

        return $sql;
    }

    public function fetchAllAssociative(): array
    {
        return $this->connection->executeQuery($this->getSQL(), $this->params);
    }
}

final class OrderRepository
{
    private const PAGE_SIZE = 25;
    private const MAX_PAGE = 8;
    private const STATUSES = ['open', 'shipped', 'cancelled'];

    public function __construct(private Connection $connection)
    {
    }

    public function findPageForCustomer(int $customerId, string $status, int $page): array
    {
        $page = min(max(1, $page), self::MAX_PAGE);
        $status = in_array($status, self::STATUSES, true) ? $status : 'open';

        return $this->createQueryBuilder('o')
            ->andWhere($this->customerPredicate('o', $customerId))
            ->andWhere('o.status = :status')
            ->setParameter('status', $status)
            ->orderBy('o.placed_at', 'DESC')
            ->setMaxResults(self::PAGE_SIZE)
            ->setFirstResult(($page - 1) * self::PAGE_SIZE)
            ->fetchAllAssociative();
    }

    /** Shared with the legacy reporting queries, which cannot bind parameters. */
    private function customerPredicate(string $alias, int $customerId): string
    {
        return sprintf('%s.customer_id = %d', $alias, $customerId);
    }

    private function createQueryBuilder(string $alias): QueryBuilder
    {
        return (new QueryBuilder($this->connection))
            ->select("$alias.id", "$alias.status", "$alias.total_cents", "$alias.currency", "$alias.placed_at")
            ->from('orders', $alias);
    }
}

// --- server boot -----------------------------------------------------------
$repository = new OrderRepository(new Connection());

$onRequest = static function (array $request) use ($repository): string {
    $orders = $repository->findPageForCustomer(
        (int) $request['route']['customer'],
        $request['get']['status'] ?? 'open',
        (int) ($request['get']['page'] ?? 1),
    );

    return json_encode(['data' => $orders]);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$statuses = ['open', 'shipped', 'cancelled', 'returned'];
for ($i = 1; $i <= $n; $i++) {
    // stand-in for Swoole\Http\Server::on('request', ...)
    $request = [
        'route' => ['customer' => (string) (70000 + $i * 13)],
        'get' => ['status' => $statuses[$i % 4], 'page' => (string) ($i % 11)],
        'server' => ['request_time' => 1700000000 + $i],
    ];
    $onRequest($request);
}
