<?php
// Stripped-down Laravel application container, Facade base class and Octane worker.

namespace Illuminate\Foundation {
    class Application
    {
        private array $bindings = [];
        private array $instances = [];

        public function singleton(string $abstract, \Closure $factory): void { $this->bindings[$abstract] = $factory; }
        public function make(string $abstract): object { return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this); }
        public function forgetInstance(string $abstract): void { unset($this->instances[$abstract]); }
    }
}

namespace Illuminate\Support\Facades {
    use Illuminate\Foundation\Application;

    abstract class Facade
    {
        protected static ?Application $app = null;
        protected static array $resolvedInstance = [];

        abstract protected static function getFacadeAccessor(): string;

        public static function setFacadeApplication(Application $app): void { static::$app = $app; }

        public static function clearResolvedInstance(string $name): void { unset(static::$resolvedInstance[$name]); }

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();
            return static::$resolvedInstance[$name] ??= static::$app->make($name);
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Support\Facades\Facade;

    final class Worker
    {
        public function __construct(private Application $app, private array $config) {}

        public function handle(callable $route, array $request): string
        {
            $response = $route($request);
            foreach ($this->config['flush'] as $service) {
                $this->app->forgetInstance($service);
                Facade::clearResolvedInstance($service);
            }
            return $response;
        }
    }
}
