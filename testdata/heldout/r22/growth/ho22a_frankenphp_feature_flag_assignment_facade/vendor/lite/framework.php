<?php

declare(strict_types=1);

namespace Lite\Framework;

final class Container
{
    private static ?self $instance = null;

    /** @var array<string, \Closure> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $shared = [];

    /** @var list<\Closure> */
    private array $terminating = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->shared[$id] ??= ($this->factories[$id])($this);
    }

    public function terminating(\Closure $callback): void
    {
        $this->terminating[] = $callback;
    }

    public function terminate(): void
    {
        foreach ($this->terminating as $callback) {
            $callback();
        }
    }
}

abstract class Facade
{
    abstract protected static function accessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        return Container::getInstance()->make(static::accessor())->{$method}(...$args);
    }
}

/** FrankenPHP worker-mode stand-in: frankenphp_handle_request() in a loop. */
final class Worker
{
    public function __construct(private readonly Container $app)
    {
    }

    /** @param callable(array<string, mixed>): string $handler */
    public function run(int $requests, callable $handler): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $handler([
                'path' => '/pricing',
                'cookie' => ['visitor' => sprintf('v_%08x', crc32("visitor-{$i}"))],
                'country' => ['DE', 'US', 'GB'][$i % 3],
            ]);
            $this->app->terminate();
        }
    }
}
