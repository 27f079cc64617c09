<?php
// A query builder keeps sub-queries in its where clauses; every sub-query points back at its parent builder.

final class QueryBuilder
{
    /** @var list<array<string, mixed>> */
    private array $wheres = [];
    private ?QueryBuilder $parent = null;

    public function __construct(private string $table) {}

    public function where(string $column, string $operator, mixed $value): static
    {
        $this->wheres[] = ['type' => 'basic', 'sql' => "{$column} {$operator} ?", 'bindings' => [$value]];
        return $this;
    }

    public function whereExists(string $table, Closure $build): static
    {
        $sub = new QueryBuilder($table);
        $sub->parent = $this; // leak
        $build($sub);
        $this->wheres[] = ['type' => 'exists', 'query' => $sub]; // leak
        return $this;
    }

    public function toSql(): string
    {
        $parts = [];
        foreach ($this->wheres as $where) {
            $parts[] = $where['type'] === 'exists' ? 'EXISTS (' . $where['query']->toSql() . ')' : $where['sql'];
        }
        return "SELECT * FROM {$this->table}" . ($parts === [] ? '' : ' WHERE ' . implode(' AND ', $parts));
    }
}

function ordersWithOpenTickets(int $customerId): string
{
    return (new QueryBuilder('orders'))
        ->where('customer_id', '=', $customerId)
        ->whereExists('tickets', static function (QueryBuilder $q) use ($customerId): void {
            $q->where('tickets.order_id', '=', 'orders.id')->where('tickets.note', 'LIKE', str_repeat('%refund', 40) . $customerId);
        })
        ->toSql();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    ordersWithOpenTickets($i);
}
