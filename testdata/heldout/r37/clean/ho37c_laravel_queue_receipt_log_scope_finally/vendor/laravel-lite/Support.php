<?php

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
 * @method static \Monolog\Logger pushProcessor(callable $callback)
 * @method static callable popProcessor()
 * @method static void info(string $message, array $context = [])
 * @method static void warning(string $message, array $context = [])
 */
class Log extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'log';
    }
}

namespace Illuminate\Queue;

use Illuminate\Container\Container;

interface ShouldQueue
{
}

/** Stand-in for `php artisan queue:work`: one process, jobs unserialized and handled in a loop. */
final class Worker
{
    public function __construct(private Container $container)
    {
    }

    /** @param iterable<string> $payloads serialized jobs popped from the connection */
    public function daemon(iterable $payloads): void
    {
        foreach ($payloads as $payload) {
            $job = unserialize($payload);
            $job->handle(...$this->resolveHandleArguments($job));
            unset($job);
        }
    }

    private function resolveHandleArguments(object $job): array
    {
        $args = [];
        foreach ((new \ReflectionMethod($job, 'handle'))->getParameters() as $param) {
            $args[] = $this->container->make($param->getType()->getName());
        }

        return $args;
    }
}
