<?php

declare(strict_types=1);

namespace Illuminate\Support\Facades;

use Illuminate\Container\Container;

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        return static::$resolvedInstance[$name] ??= Container::getInstance()->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

/**
 * @method static mixed get(string $key, mixed $default = null)
 * @method static mixed rememberForever(string $key, \Closure $callback)
 * @method static mixed remember(string $key, int $ttl, \Closure $callback)
 */
class Cache extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'cache';
    }
}

class Config extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'config';
    }
}

namespace Illuminate\Config;

class Repository
{
    public function __construct(protected array $items)
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!\is_array($value) || !\array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }
}
