<?php
declare(strict_types=1);

namespace Api\Model;

use Acme\Db\FakePdo;

abstract class Model implements \JsonSerializable
{
    use IdentityMap;

    private static ?FakePdo $connection = null;

    protected array $attributes = [];

    abstract protected static function table(): string;

    final protected function __construct(array $attributes)
    {
        $this->attributes = $attributes;
    }

    public static function setConnection(FakePdo $connection): void
    {
        self::$connection = $connection;
    }

    public static function find(string|int $id): ?static
    {
        if ($model = static::fromIdentityMap($id)) {
            return $model;
        }
        $row = self::$connection?->selectRow(static::table(), $id);
        if ($row === null) {
            return null;
        }
        $model = new static($row);
        static::remember($id, $model);

        return $model;
    }

    public function __get(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }

    public function __isset(string $name): bool
    {
        return isset($this->attributes[$name]);
    }

    public function jsonSerialize(): array
    {
        return $this->attributes;
    }
}
