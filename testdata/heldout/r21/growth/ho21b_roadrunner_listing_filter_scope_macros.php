<?php

declare(strict_types=1);

namespace App\Support;

use BadMethodCallException;
use Closure;

trait Macroable
{
    /** @var array<string, Closure> */
    protected static array $macros = [];

    public static function macro(string $name, Closure $macro): void
    {
        static::$macros[$name] = $macro; // leak
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[$name]);
    }

    public function __call(string $method, array $parameters): mixed
    {
        if (!static::hasMacro($method)) {
            throw new BadMethodCallException(sprintf('Method %s::%s does not exist.', static::class, $method));
        }

        return Closure::bind(static::$macros[$method], $this, static::class)(...$parameters);
    }
}

final class Str
{
    public static function studly(string $value): string
    {
        return str_replace(' ', '', ucwords(str_replace(['-', '_', '.'], ' ', $value)));
    }
}

namespace App\Query;

use App\Support\Macroable;

final class Builder
{
    use Macroable;

    /** @var list<array{string, string, mixed}> */
    private array $wheres = [];

    /** @var list<string> */
    private array $orders = [];

    public function __construct(private readonly string $table) {}

    public function where(string $column, string $operator, mixed $value): self
    {
        $this->wheres[] = [$column, $operator, $value];

        return $this;
    }

    public function orderBy(string $column, string $direction = 'asc'): self
    {
        $this->orders[] = "$column $direction";

        return $this;
    }

    /** @return array{string, list<mixed>} */
    public function toSql(): array
    {
        $sql = "select * from {$this->table}";
        $bindings = [];
        if ($this->wheres) {
            $sql .= ' where ' . implode(' and ', array_map(
                static fn (array $w): string => "{$w[0]} {$w[1]} ?",
                $this->wheres,
            ));
            $bindings = array_column($this->wheres, 2);
        }
        if ($this->orders) {
            $sql .= ' order by ' . implode(', ', $this->orders);
        }

        return [$sql, $bindings];
    }
}

namespace App\Listing;

use App\Query\Builder;
use App\Support\Str;

/** Turns `?filter[status]=open&filter[attributes.colour]=red` into builder scopes. */
final class FilterScopes
{
    public const FILTERABLE = ['status', 'category', 'brand', 'attributes.colour', 'attributes.size'];

    public function apply(Builder $query, array $filters): Builder
    {
        foreach ($filters as $field => $value) {
            $scope = 'where' . Str::studly((string) $field);
            if (!Builder::hasMacro($scope)) {
                Builder::macro($scope, $this->scopeFor((string) $field)); // leak
            }
            $query->{$scope}($value);
        }

        return $query;
    }

    private function scopeFor(string $field): \Closure
    {
        $column = str_contains($field, '.')
            ? sprintf("json_unquote(json_extract(%s, '$.%s'))", strstr($field, '.', true), substr(strstr($field, '.'), 1))
            : $field;

        return function (mixed $value) use ($column, $field): Builder {
            return is_array($value)
                ? $this->where($column, 'in', $value)
                : $this->where($column, '=', $value)->orderBy($field === 'status' ? 'updated_at' : 'id', 'desc');
        };
    }
}

final class ProductListingController
{
    public function __construct(private readonly FilterScopes $scopes) {}

    /** @return array{string, list<mixed>} */
    public function index(array $query): array
    {
        $builder = $this->scopes->apply(new Builder('products'), $query['filter'] ?? []);

        return $builder->toSql();
    }
}

namespace App;

use App\Listing\FilterScopes;
use App\Listing\ProductListingController;

$controller = new ProductListingController(new FilterScopes());
$colours = ['red', 'blue', 'green', 'black'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Shop owners can add their own product attributes; the storefront links to them by name.
    $request = ['filter' => [
        'status' => 'active',
        'attributes.colour' => $colours[$i % 4],
        "attributes.custom_{$i}_material" => 'merino wool blend',
    ]];
    $result = $controller->index($request);
    unset($result);
}
