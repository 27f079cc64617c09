<?php

declare(strict_types=1);

// A PSR-15 style pipeline in a long-running worker. A middleware pushes
// a diagnostics frame for the request onto a stack kept in a container
// singleton, reached through a facade, and pops it in a finally block:
// requests for unknown pages throw a 404 that the worker turns into a
// response, and their frame goes too.

final class Container
{
    /** @var array<string, \Closure(self): object> */
    private array $factories = [];

    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

abstract class Facade
{
    protected static ?Container $app = null;

    public static function setContainer(Container $app): void
    {
        static::$app = $app;
    }

    abstract protected static function service(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::$app->make(static::service())->$method(...$args);
    }
}

final class FrameStack
{
    /** @var list<array<string, string>> */
    private array $frames = [];

    public function push(array $frame): void
    {
        $this->frames[] = $frame;
    }

    public function pop(): void
    {
        array_pop($this->frames);
    }
}

final class Diagnostics extends Facade
{
    protected static function service(): string
    {
        return FrameStack::class;
    }
}

final class ServerRequest
{
    public function __construct(public readonly string $path, public readonly string $requestId)
    {
    }
}

final class NotFound extends \RuntimeException
{
}

interface RequestHandlerInterface
{
    public function handle(ServerRequest $request): string;
}

final class PageHandler implements RequestHandlerInterface
{
    public function handle(ServerRequest $request): string
    {
        if (str_starts_with($request->path, '/missing/')) {
            throw new NotFound($request->path);
        }

        return '<h1>' . htmlspecialchars($request->path) . '</h1>';
    }
}

final class DiagnosticsMiddleware
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): string
    {
        Diagnostics::push([
            'id' => $request->requestId,
            'path' => $request->path,
            'started' => sprintf('%.6f', microtime(true)),
            'note' => str_repeat('diagnostics frame for ' . $request->requestId . ' ', 6),
        ]);
        try {
            return $handler->handle($request);
        } finally {
            Diagnostics::pop();
        }
    }
}

$container = new Container();
$container->singleton(FrameStack::class, static fn (): FrameStack => new FrameStack());
Facade::setContainer($container);
$middleware = new DiagnosticsMiddleware();
$handler = new PageHandler();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $path = $i % 2 === 0 ? "/missing/page-$i" : "/articles/$i";
    try {
        $body = $middleware->process(new ServerRequest($path, sprintf('req-%08d', $i)), $handler);
    } catch (NotFound $e) {
        $body = '<h1>Not found</h1>';
    }
}
