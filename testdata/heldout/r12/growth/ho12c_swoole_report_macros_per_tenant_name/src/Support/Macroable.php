<?php

declare(strict_types=1);

namespace App\Support;

trait Macroable
{
    /** @var array<string, \Closure> */
    protected static array $macros = [];

    public static function macro(string $name, \Closure $macro): void
    {
        static::$macros[$name] = $macro; // leak
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[$name]);
    }

    /** @param list<mixed> $arguments */
    public function __call(string $method, array $arguments): mixed
    {
        if (!isset(static::$macros[$method])) {
            throw new \BadMethodCallException("Method {$method} does not exist.");
        }

        return static::$macros[$method]->call($this, ...$arguments);
    }
}
