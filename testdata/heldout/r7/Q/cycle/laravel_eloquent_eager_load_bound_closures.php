<?php
// A Laravel-style queue job loads orders with nested eager loads; the Eloquent Builder stores its default relation constraints as closures bound to itself in $eagerLoad, so every query builder is a cycle.
// https://github.com/laravel/framework/pull/30248

final class QueryBuilder
{
    public array $wheres = [];
    public array $bindings = [];

    public function __construct(public string $from) {}

    public function where(string $column, string $operator, mixed $value): void
    {
        $this->wheres[] = compact('column', 'operator');
        $this->bindings[] = $value;
    }
}

class Model
{
    protected string $table = '';

    public static function query(): EloquentBuilder
    {
        $model = new static();
        return (new EloquentBuilder(new QueryBuilder($model->table)))->setModel($model);
    }
}

final class Order extends Model
{
    protected string $table = 'orders';
}

final class EloquentBuilder
{
    private ?Model $model = null;
    /** @var array<string, Closure> */
    private array $eagerLoad = [];

    public function __construct(private QueryBuilder $query) {}

    public function setModel(Model $model): static
    {
        $this->model = $model;
        return $this;
    }

    public function with(array $relations): static
    {
        $this->eagerLoad = array_merge($this->eagerLoad, $this->parseWithRelations($relations)); // leak
        return $this;
    }

    public function where(string $column, string $operator, mixed $value): static
    {
        $this->query->where($column, $operator, $value);
        return $this;
    }

    public function get(): array
    {
        $sql = "select * from {$this->query->from} where " . implode(' and ', array_map(fn ($w) => "{$w['column']} {$w['operator']} ?", $this->query->wheres));
        return ['sql' => $sql, 'eager' => array_keys($this->eagerLoad), 'bindings' => count($this->query->bindings)];
    }

    private function parseWithRelations(array $relations): array
    {
        $results = [];
        foreach ($relations as $name => $constraints) {
            if (is_numeric($name)) {
                $name = $constraints;
                $constraints = function ($query) { // leak
                    //
                };
            }
            $results = $this->addNestedWiths($name, $results);
            $results[$name] = $constraints;
        }
        return $results;
    }

    private function addNestedWiths(string $name, array $results): array
    {
        $progress = [];
        foreach (explode('.', $name) as $segment) {
            $progress[] = $segment;
            if (!isset($results[$last = implode('.', $progress)])) {
                $results[$last] = function ($query) { // leak
                    //
                };
            }
        }
        return $results;
    }
}

final class SyncOrderLinesJob
{
    public function __construct(public readonly int $orderId, public readonly string $reason) {}

    public function handle(): array
    {
        return Order::query()
            ->with(['lines.product'])
            ->where('id', '=', $this->orderId)
            ->where('sync_reason', '=', $this->reason)
            ->get();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new SyncOrderLinesJob(810000 + $i, str_repeat("warehouse-resync-{$i};", 24)))->handle();
}
