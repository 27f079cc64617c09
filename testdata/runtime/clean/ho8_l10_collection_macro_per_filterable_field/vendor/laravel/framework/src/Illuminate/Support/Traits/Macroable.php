<?php

namespace Illuminate\Support\Traits;

use BadMethodCallException;
use Closure;

trait Macroable
{
    protected static array $macros = [];

    public static function macro(string $name, callable $macro): void
    {
        static::$macros[$name] = $macro;
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[$name]);
    }

    public function __call(string $method, array $parameters): mixed
    {
        $macro = static::$macros[$method] ?? throw new BadMethodCallException("Method {$method} does not exist.");

        return ($macro instanceof Closure ? $macro->bindTo($this, static::class) : $macro)(...$parameters);
    }
}
