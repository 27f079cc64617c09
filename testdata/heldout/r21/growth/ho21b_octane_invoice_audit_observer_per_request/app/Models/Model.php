<?php

declare(strict_types=1);

namespace App\Models;

use App\Models\Concerns\HasObservers;

abstract class Model
{
    use HasObservers;

    /** @var array<string, mixed> */
    private array $original;

    /** @param array<string, mixed> $attributes */
    public function __construct(protected array $attributes)
    {
        $this->original = $attributes;
    }

    public function fill(array $values): static
    {
        $this->attributes = array_replace($this->attributes, $values);

        return $this;
    }

    /** @return array<string, array{mixed, mixed}> */
    public function getDirty(): array
    {
        $dirty = [];
        foreach ($this->attributes as $key => $value) {
            if (($this->original[$key] ?? null) !== $value) {
                $dirty[$key] = [$this->original[$key] ?? null, $value];
            }
        }

        return $dirty;
    }

    public function getKey(): int
    {
        return (int) $this->attributes['id'];
    }

    public function save(): bool
    {
        if ($this->getDirty() === []) {
            return false;
        }
        $this->fireModelEvent('updating');
        $this->fireModelEvent('updated');
        $this->original = $this->attributes;

        return true;
    }
}

final class Invoice extends Model
{
}
