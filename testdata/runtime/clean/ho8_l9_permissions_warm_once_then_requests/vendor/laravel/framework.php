<?php
// Stripped-down laravel/framework: the service container, the console command base class and the Artisan kernel.

namespace Illuminate\Container {
    class Container
    {
        protected static ?Container $instance = null;
        protected array $bindings = [];
        protected array $instances = [];

        public static function getInstance(): static { return static::$instance ??= new static(); }
        public function singleton(string $abstract, ?\Closure $concrete = null): void { $this->bindings[$abstract] = [$concrete ?? fn () => new $abstract(), true]; }

        public function make(string $abstract): mixed
        {
            [$concrete, $shared] = $this->bindings[$abstract] ?? [fn () => new $abstract(), false];
            return $this->instances[$abstract] ?? ($shared ? $this->instances[$abstract] = $concrete($this) : $concrete($this));
        }

        public function call(array $callback): mixed
        {
            $parameters = (new \ReflectionMethod($callback[0], $callback[1]))->getParameters();
            return $callback(...array_map(fn (\ReflectionParameter $p) => $this->make($p->getType()->getName()), $parameters));
        }
    }
}
namespace Illuminate\Console {
    abstract class Command
    {
        public const SUCCESS = 0;
        protected $signature;
        protected $description;
        private array $input = [];

        public function getName(): string { return strtok($this->signature, ' '); }
        public function option(string $key): mixed { return $this->input['--' . $key] ?? null; }
        public function info(string $string): void {}
        public function run(array $input, \Illuminate\Container\Container $laravel): int { $this->input = $input; return (int) $laravel->call([$this, 'handle']); }
    }
}
namespace Illuminate\Foundation\Console {
    class Kernel
    {
        protected array $commands = [];
        public function __construct(protected \Illuminate\Container\Container $app) {}
        public function registerCommand(\Illuminate\Console\Command $command): void { $this->commands[$command->getName()] = $command; }
        public function call(string $command, array $parameters = []): int { return $this->commands[$command]->run($parameters, $this->app); }
    }
}
