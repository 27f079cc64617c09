<?php

namespace Illuminate\Log;

use Monolog\Logger;

class LogManager
{
    /** @var array<string, Logger> */
    protected array $channels = [];

    public function __construct(protected readonly array $config)
    {
    }

    public function channel(?string $channel = null): Logger
    {
        $name = $channel ?? $this->config['default'];

        return $this->channels[$name] ??= $this->resolve($name);
    }

    protected function resolve(string $name): Logger
    {
        $config = $this->config['channels'][$name] ?? throw new \InvalidArgumentException("Log [$name] is not defined.");

        return match ($config['driver']) {
            'monolog' => $this->createMonologDriver($name, $config),
            default => throw new \InvalidArgumentException("Driver [{$config['driver']}] is not supported."),
        };
    }

    protected function createMonologDriver(string $name, array $config): Logger
    {
        $with = $config['handler_with'] ?? [];
        if (isset($config['wraps'])) {
            $inner = $config['wraps'];
            $with['handler'] = new $inner['handler'](...($inner['handler_with'] ?? []));
        }

        return new Logger($name, [new $config['handler'](...$with)]);
    }
}

namespace Illuminate\Support\Facades;

abstract class Facade
{
    protected static array $resolvedInstance = [];

    public static function swap(object $instance): void
    {
        static::$resolvedInstance[static::getFacadeAccessor()] = $instance;
    }

    abstract protected static function getFacadeAccessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        $instance = static::$resolvedInstance[static::getFacadeAccessor()] ?? throw new \RuntimeException('A facade root has not been set.');

        return $instance->$method(...$args);
    }
}

/**
 * @method static \Monolog\Logger channel(?string $channel = null)
 */
class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}
