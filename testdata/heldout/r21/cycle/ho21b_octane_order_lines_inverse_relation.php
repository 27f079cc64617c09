<?php

declare(strict_types=1);

namespace App\Orm;

use Closure;
use WeakReference;

final class Connection
{
    /** @param array<string, list<array<string, mixed>>> $tables */
    public function __construct(private array $tables) {}

    /** @return list<array<string, mixed>> */
    public function select(string $table, string $column, int $value): array
    {
        return array_values(array_filter(
            $this->tables[$table] ?? [],
            static fn (array $row): bool => $row[$column] === $value,
        ));
    }
}

abstract class Model
{
    protected static ?Connection $connection = null;

    /** @var array<string, mixed> */
    protected array $relations = [];

    /** @param array<string, mixed> $attributes */
    public function __construct(protected array $attributes = []) {}

    public static function setConnection(Connection $connection): void
    {
        static::$connection = $connection;
    }

    public function getKey(): int
    {
        return (int) $this->attributes['id'];
    }

    public function __get(string $name): mixed
    {
        if (array_key_exists($name, $this->attributes)) {
            return $this->attributes[$name];
        }
        if (!array_key_exists($name, $this->relations) && method_exists($this, $name)) {
            $this->setRelation($name, $this->{$name}()->getResults()); // leak
        }

        return $this->getRelation($name);
    }

    public function setRelation(string $name, mixed $value): static
    {
        $this->relations[$name] = $value; // leak

        return $this;
    }

    public function getRelation(string $name): mixed
    {
        $value = $this->relations[$name] ?? null;

        return $value instanceof WeakReference ? $value->get() : $value;
    }

    protected function hasMany(string $related, string $foreignKey, string $inverse): HasMany
    {
        return new HasMany($this, $related, $foreignKey, $inverse, static::$connection);
    }
}

final class Collection implements \IteratorAggregate, \Countable
{
    /** @param list<Model> $items */
    public function __construct(private array $items) {}

    public function each(Closure $callback): self
    {
        foreach ($this->items as $item) {
            $callback($item);
        }

        return $this;
    }

    public function sum(Closure $callback): float
    {
        return array_sum(array_map($callback, $this->items));
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}

final class HasMany
{
    /** @param class-string<Model> $related */
    public function __construct(
        private Model $parent,
        private string $related,
        private string $foreignKey,
        private string $inverse,
        private Connection $connection,
    ) {}

    public function getResults(): Collection
    {
        $rows = $this->connection->select('order_lines', $this->foreignKey, $this->parent->getKey());
        $models = array_map(fn (array $row): Model => new ($this->related)($row), $rows);

        return (new Collection($models))->each(
            fn (Model $line) => $line->setRelation($this->inverse, $this->parent), // leak
        );
    }
}

final class Order extends Model
{
    public function lines(): HasMany
    {
        return $this->hasMany(OrderLine::class, 'order_id', 'order');
    }
}

final class OrderLine extends Model
{
    public function label(): string
    {
        return sprintf('%s x%d (order %s)', $this->sku, $this->qty, $this->order->reference);
    }
}

namespace App\Http;

use App\Orm\Order;

final class OrderController
{
    /** @return array<string, mixed> */
    public function show(array $payload): array
    {
        $order = new Order([
            'id' => $payload['order_id'],
            'reference' => $payload['reference'],
            'customer_note' => $payload['note'],
        ]);

        $lines = [];
        foreach ($order->lines as $line) {
            $lines[] = $line->label();
        }

        return [
            'reference' => $order->reference,
            'total' => $order->lines->sum(static fn ($l) => $l->qty * $l->price),
            'lines' => $lines,
        ];
    }
}

namespace App;

use App\Http\OrderController;
use App\Orm\Connection;
use App\Orm\Model;

$tables = ['order_lines' => []];
for ($o = 1; $o <= 5; $o++) {
    for ($l = 1; $l <= 3; $l++) {
        $tables['order_lines'][] = ['id' => $o * 10 + $l, 'order_id' => $o, 'sku' => "SKU-$o-$l", 'qty' => $l, 'price' => 9.5 * $l];
    }
}
Model::setConnection(new Connection($tables));
$controller = new OrderController();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $controller->show([
        'order_id' => $i % 5 + 1,
        'reference' => sprintf('ORD-%08d', $i),
        'note' => str_repeat("Leave at the back door, request $i. ", 6),
    ]);
    unset($response);
}
