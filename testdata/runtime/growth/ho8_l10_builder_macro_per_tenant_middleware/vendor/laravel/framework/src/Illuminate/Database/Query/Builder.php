<?php

namespace Illuminate\Database\Query;

use Illuminate\Support\Traits\Macroable;

class Builder
{
    use Macroable;

    public array $wheres = [];

    public function __construct(public string $from) {}

    public function where(string $column, mixed $value): static
    {
        $this->wheres[] = [$column, '=', $value];

        return $this;
    }

    public function toSql(): string
    {
        return "select * from {$this->from}" . ($this->wheres ? ' where ' . implode(' and ', array_map(fn ($w) => "{$w[0]} = ?", $this->wheres)) : '');
    }
}
