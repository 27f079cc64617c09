<?php

abstract class Model
{
    /** @var array<string, mixed> */
    protected array $relations = [];

    public function __construct(protected array $attributes = []) {}

    public function __get(string $key): mixed
    {
        return $this->attributes[$key] ?? null;
    }

    public function setRelation(string $name, mixed $value): static
    {
        $this->relations[$name] = $value; // leak
        return $this;
    }

    public function getRelation(string $name): mixed
    {
        return $this->relations[$name] ?? null;
    }
}
