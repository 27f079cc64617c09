<?php
// A project container with Laravel's binding kinds, and a facade in front
// of a timeline service that records what each request does. The service
// is bound with singleton(): the worker forgets scoped instances and the
// facade's cache after every request, but the container keeps the one
// timeline, whose events pile up.

final class Container
{
    /** @var array<string, Closure> */
    private array $factories = [];
    /** @var array<string, object> */
    private array $instances = [];
    /** @var list<string> */
    private array $scoped = [];

    public function singleton(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function scoped(string $id, Closure $factory): void
    {
        $this->scoped[] = $id;
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])();
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scoped as $id) {
            unset($this->instances[$id]);
        }
    }
}

abstract class Facade
{
    public static ?Container $app = null;
    /** @var array<string, object> */
    private static array $resolved = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        $id = static::getFacadeAccessor();
        $service = self::$resolved[$id] ??= self::$app->make($id);
        return $service->$method(...$args);
    }

    public static function clearResolvedInstances(): void
    {
        self::$resolved = [];
    }
}

final class RequestTimeline
{
    /** @var list<string> */
    private array $events = [];

    public function mark(string $event): void
    {
        $this->events[] = $event . ' at ' . microtime(true) . str_repeat(' ', 200); // leak
    }
}

final class Timeline extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RequestTimeline::class;
    }
}

final class TimelineServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton(RequestTimeline::class, fn () => new RequestTimeline());
    }
}

final class CheckoutController
{
    public function pay(int $order): string
    {
        Timeline::mark("payment started for order {$order}");
        Timeline::mark("payment captured for order {$order}");
        return 'paid';
    }
}

$app = new Container();
Facade::$app = $app;
(new TimelineServiceProvider())->register($app);
$controller = new CheckoutController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->pay($i);
    $app->forgetScopedInstances();
    Facade::clearResolvedInstances();
}
