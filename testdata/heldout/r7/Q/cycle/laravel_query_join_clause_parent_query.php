<?php
// A Laravel-style reporting daemon runs a JOIN query per tick; every JoinClause stores its whole parent Builder, which keeps the JoinClause in $joins, so each query is a reference cycle.
// https://github.com/laravel/framework/pull/28220

final class Connection
{
    public int $queries = 0;

    public function select(string $sql, array $bindings): array
    {
        $this->queries++;
        return [['email' => $bindings[0] ?? 'a@example.com', 'token' => hash('sha256', $sql)]];
    }
}

final class Grammar
{
    public function compileSelect(Builder $query): string
    {
        $sql = 'select ' . implode(', ', $query->columns) . ' from ' . $query->from;
        foreach ($query->joins as $join) {
            $on = array_map(fn (array $w) => "{$w['first']} {$w['operator']} {$w['second']}", $join->wheres);
            $sql .= " {$join->type} join {$join->table} on " . implode(' and ', $on);
        }
        if ($query->wheres) {
            $sql .= ' where ' . implode(' and ', array_map(fn (array $w) => "{$w['column']} {$w['operator']} ?", $query->wheres));
        }
        return $sql;
    }
}

class Builder
{
    public array $columns = ['*'];
    public string $from = '';
    public array $joins = [];
    public array $wheres = [];
    public array $bindings = ['join' => [], 'where' => []];

    public function __construct(public Connection $connection, public Grammar $grammar) {}

    public function from(string $table): static
    {
        $this->from = $table;
        return $this;
    }

    public function join(string $table, string $first, string $operator, string $second, string $type = 'inner'): static
    {
        $join = new JoinClause($this, $type, $table);
        $join->on($first, $operator, $second);
        $this->joins[] = $join; // leak
        return $this;
    }

    public function where(string $column, string $operator, string $value): static
    {
        $this->wheres[] = ['column' => $column, 'operator' => $operator];
        $this->bindings['where'][] = $value;
        return $this;
    }

    public function get(array $columns): array
    {
        $this->columns = $columns;
        return $this->connection->select($this->grammar->compileSelect($this), array_merge(...array_values($this->bindings)));
    }
}

final class JoinClause extends Builder
{
    public function __construct(
        private Builder $parentQuery, // leak
        public string $type,
        public string $table,
    ) {
        parent::__construct($parentQuery->connection, $parentQuery->grammar);
    }

    public function on(string $first, string $operator, string $second): static
    {
        $this->wheres[] = ['first' => $first, 'operator' => $operator, 'second' => $second];
        return $this;
    }

    public function newQuery(): Builder
    {
        return new Builder($this->parentQuery->connection, $this->parentQuery->grammar);
    }
}

$connection = new Connection();
$grammar = new Grammar();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $email = "user{$i}@example.com";
    (new Builder($connection, $grammar))
        ->from('users')
        ->join('password_resets', 'users.email', '=', 'password_resets.email')
        ->where('users.email', '=', $email)
        ->where('password_resets.note', '<>', str_repeat("expired-{$i}-", 24))
        ->get(['users.id', 'users.email', 'password_resets.token', 'password_resets.created_at']);
}
