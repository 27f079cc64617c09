<?php

namespace Illuminate\Database\Eloquent;

use Closure;

abstract class Model
{
    protected static array $modelEvents = [];
    public ?int $id = null;

    public function __construct(public array $attributes = []) {}

    public static function saving(Closure $callback): void
    {
        static::$modelEvents[static::class]['saving'][] = $callback; // leak
    }

    public function save(): bool
    {
        foreach (static::$modelEvents[static::class]['saving'] ?? [] as $callback) {
            $callback($this);
        }
        $this->id = random_int(1, PHP_INT_MAX);

        return true;
    }
}
