<?php

namespace Illuminate\Database\Eloquent;

use Closure;

abstract class Model
{
    protected static array $booted = [];
    protected static array $modelEvents = [];
    public ?int $id = null;

    public function __construct(public array $attributes = [])
    {
        if (! isset(static::$booted[static::class])) {
            static::$booted[static::class] = true;
            static::booted();
        }
    }

    protected static function booted(): void {}

    public static function saving(Closure $callback): void
    {
        static::$modelEvents[static::class]['saving'][] = $callback;
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
