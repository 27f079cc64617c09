<?php

declare(strict_types=1);

namespace Illuminate\Database\Eloquent;

use Closure;

interface Scope
{
    public function apply(Builder $builder, Model $model): void;
}

final class Builder
{
    /** @var list<array{0: string, 1: string, 2: mixed}> */
    private array $wheres = [];

    public function __construct(private Model $model) {}

    public function where(string $column, string $operator, mixed $value): self
    {
        $this->wheres[] = [$column, $operator, $value];

        return $this;
    }

    public function toSql(): string
    {
        $sql = 'select * from ' . $this->model->getTable();
        $clauses = array_map(fn (array $w) => "{$w[0]} {$w[1]} ?", $this->wheres);

        return $clauses === [] ? $sql : $sql . ' where ' . implode(' and ', $clauses);
    }
}

abstract class Model
{
    /** @var array<class-string, array<string, Scope|Closure>> */
    protected static array $globalScopes = [];

    protected string $table = '';

    public static function addGlobalScope(Scope|Closure|string $scope, Scope|Closure|null $implementation = null): mixed
    {
        if (is_string($scope) && $implementation !== null) {
            return static::$globalScopes[static::class][$scope] = $implementation; // leak
        }

        if ($scope instanceof Closure) {
            return static::$globalScopes[static::class][spl_object_hash($scope)] = $scope;
        }

        if ($scope instanceof Scope) {
            return static::$globalScopes[static::class][get_class($scope)] = $scope;
        }

        throw new \InvalidArgumentException('Global scope must be an instance of Closure or Scope.');
    }

    /** @return array<string, Scope|Closure> */
    public static function getGlobalScopes(): array
    {
        return static::$globalScopes[static::class] ?? [];
    }

    public static function query(): Builder
    {
        $model = new static();
        $builder = new Builder($model);

        foreach (static::getGlobalScopes() as $scope) {
            $scope instanceof Scope ? $scope->apply($builder, $model) : $scope($builder);
        }

        return $builder;
    }

    public function getTable(): string
    {
        return $this->table;
    }
}
