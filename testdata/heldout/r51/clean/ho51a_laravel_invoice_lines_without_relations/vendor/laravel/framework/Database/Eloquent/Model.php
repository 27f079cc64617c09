<?php

namespace Illuminate\Database\Eloquent;

abstract class Model
{
    /** @var array<class-string, bool> */
    protected static array $booted = [];

    protected array $attributes = [];

    protected array $relations = [];

    protected array $casts = [];

    public bool $exists = false;

    public function __construct(array $attributes = [])
    {
        $this->bootIfNotBooted();
        $this->fill($attributes);
    }

    protected function bootIfNotBooted(): void
    {
        if (!isset(static::$booted[static::class])) {
            static::$booted[static::class] = true;
            static::booted();
        }
    }

    protected static function booted(): void
    {
    }

    public function fill(array $attributes): static
    {
        foreach ($attributes as $key => $value) {
            $this->setAttribute($key, $value);
        }

        return $this;
    }

    public static function newFromRow(array $row): static
    {
        $model = new static($row);
        $model->exists = true;

        return $model;
    }

    public function setAttribute(string $key, mixed $value): static
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function getAttribute(string $key): mixed
    {
        if (array_key_exists($key, $this->attributes)) {
            $value = $this->attributes[$key];

            return match ($this->casts[$key] ?? null) {
                'int' => (int) $value,
                'float' => (float) $value,
                default => $value,
            };
        }

        return $this->relations[$key] ?? null;
    }

    public function setRelation(string $relation, mixed $value): static
    {
        $this->relations[$relation] = $value;

        return $this;
    }

    public function getRelation(string $relation): mixed
    {
        return $this->relations[$relation];
    }

    public function relationLoaded(string $key): bool
    {
        return array_key_exists($key, $this->relations);
    }

    public function unsetRelations(): static
    {
        $this->relations = [];

        return $this;
    }

    /** A copy of the model without its loaded relations. */
    public function withoutRelations(): static
    {
        $model = clone $this;

        return $model->unsetRelations();
    }

    public function getKey(): mixed
    {
        return $this->getAttribute('id');
    }

    public function __get(string $key): mixed
    {
        return $this->getAttribute($key);
    }

    public function __set(string $key, mixed $value): void
    {
        $this->setAttribute($key, $value);
    }

    public function __isset(string $key): bool
    {
        return $this->getAttribute($key) !== null;
    }
}
