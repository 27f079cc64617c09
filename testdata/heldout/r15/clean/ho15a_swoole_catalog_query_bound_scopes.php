<?php

declare(strict_types=1);

namespace App\Catalog;

use Closure;

/**
 * Named query scopes, defined once while the Swoole server boots.
 */
final class ScopeRegistry
{
    /** @var array<string, Closure> */
    private static array $scopes = [];

    public static function define(string $name, Closure $scope): void
    {
        self::$scopes[$name] = $scope;
    }

    public static function get(string $name): Closure
    {
        return self::$scopes[$name] ?? throw new \InvalidArgumentException("Unknown scope [$name]");
    }
}

class QueryBuilder
{
    /** @var list<string> */
    protected array $wheres = [];
    /** @var list<scalar> */
    protected array $bindings = [];
    protected ?string $order = null;
    /** @var array<string, array> */
    private array $scopes = [];

    public function __construct(protected readonly string $table)
    {
    }

    public function where(string $column, string $op, int|float|string $value): static
    {
        $this->wheres[] = sprintf('%s %s ?', $column, $op);
        $this->bindings[] = $value;

        return $this;
    }

    public function orderBy(string $column, string $direction = 'asc'): static
    {
        $this->order = $column . ' ' . strtoupper($direction);

        return $this;
    }

    public function scope(string $name, mixed ...$args): static
    {
        $this->scopes[$name] = $args;

        return $this;
    }

    public function toSql(): string
    {
        foreach ($this->scopes as $name => $args) {
            $this->applyScope(ScopeRegistry::get($name), $args);
        }
        $sql = 'select * from ' . $this->table;
        if ($this->wheres !== []) {
            $sql .= ' where ' . implode(' and ', $this->wheres);
        }
        if ($this->order !== null) {
            $sql .= ' order by ' . $this->order;
        }

        return $sql;
    }

    public function bindings(): array
    {
        return $this->bindings;
    }

    private function applyScope(Closure $scope, array $args): void
    {
        $scope->call($this, ...$args);
    }
}

final class ProductQuery extends QueryBuilder
{
}

final class ProductSearchHandler
{
    private int $served = 0;

    public function __invoke(array $query): array
    {
        $builder = (new ProductQuery('products'))
            ->scope('visible')
            ->scope('inCategory', (int) ($query['category'] ?? 0))
            ->scope('priceBetween', (float) ($query['min'] ?? 0), (float) ($query['max'] ?? 1e6))
            ->orderBy($query['sort'] ?? 'name');

        $this->served++;

        return ['sql' => $builder->toSql(), 'bindings' => $builder->bindings()];
    }
}

ScopeRegistry::define('visible', function (): void {
    $this->where('published', '=', 1);
    $this->where('deleted_at', 'is', 'null');
});
ScopeRegistry::define('inCategory', function (int $category): void {
    if ($category > 0) {
        $this->where('category_id', '=', $category);
    }
});
ScopeRegistry::define('priceBetween', function (float $min, float $max): void {
    $this->where('price', '>=', $min);
    $this->where('price', '<=', $max);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new ProductSearchHandler();

// Swoole\Http\Server 'request' callback stand-in.
$onRequest = static function (array $get) use ($handler): string {
    return json_encode($handler($get));
};

for ($i = 0; $i < $n; $i++) {
    $onRequest(['category' => (string) ($i % 12), 'min' => '5', 'max' => (string) (50 + $i), 'sort' => 'price']);
}
