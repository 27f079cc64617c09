<?php
// Stripped-down symfony: http-foundation, the dependency-injection runtime container and the http-kernel Kernel.

namespace Symfony\Component\HttpFoundation {
    class Request { public function __construct(public array $query = [], public array $attributes = []) {} }
    class Response { public function __construct(public string $content = '', public int $status = 200, public array $headers = []) {} }
}
namespace Symfony\Component\DependencyInjection {
    class Container
    {
        protected array $services = [];
        protected array $methodMap = [];
        public function has(string $id): bool { return isset($this->services[$id]) || isset($this->methodMap[$id]); }
        public function get(string $id): object { return $this->services[$id] ?? $this->{$this->methodMap[$id]}(); }
    }
}
namespace Symfony\Component\DependencyInjection\Argument {
    final class RewindableGenerator implements \IteratorAggregate
    {
        public function __construct(private \Closure $generator, private int $count) {}
        public function getIterator(): \Traversable { return ($this->generator)(); }
    }
}
namespace Symfony\Component\HttpKernel\DependencyInjection {
    class ServicesResetter
    {
        public function __construct(private \Traversable $resettableServices, private array $resetMethods) {}
        public function reset(): void
        {
            foreach ($this->resettableServices as $id => $service) {
                $service->{$this->resetMethods[$id]}();
            }
        }
    }
}
namespace Symfony\Component\HttpKernel {
    class Kernel
    {
        private ?\Symfony\Component\DependencyInjection\Container $container = null;
        private bool $resetServices = false;
        public function __construct(private string $projectDir) {}

        public function boot(): void
        {
            if (null === $this->container) {
                require_once $this->projectDir . '/var/cache/prod/App_KernelProdContainer.php';
                $this->container = new \App_KernelProdContainer();
            } elseif ($this->resetServices && $this->container->has('services_resetter')) {
                $this->container->get('services_resetter')->reset();
            }
            $this->resetServices = false;
        }

        public function handle(\Symfony\Component\HttpFoundation\Request $request): \Symfony\Component\HttpFoundation\Response
        {
            $this->boot();
            $this->resetServices = true;
            return $this->container->get($request->attributes['_controller'])($request);
        }
    }
}
