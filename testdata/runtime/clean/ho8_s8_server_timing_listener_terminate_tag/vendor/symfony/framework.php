<?php
// Stripped-down symfony: http-foundation, event-dispatcher, the dependency-injection runtime container and the Kernel.

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
namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        private array $listeners = [];
        public function addListener(string $eventName, callable $listener, int $priority = 0): void { $this->listeners[$eventName][] = $listener; }
        public function dispatch(object $event, string $eventName): object
        {
            foreach ($this->listeners[$eventName] ?? [] as $listener) {
                $listener($event, $eventName, $this);
            }
            return $event;
        }
    }
}
namespace Symfony\Component\HttpKernel\Event {
    use Symfony\Component\HttpFoundation\{Request, Response};

    abstract class KernelEvent { public function __construct(public readonly Request $request, public readonly Response $response) {} }
    final class ResponseEvent extends KernelEvent {}
    final class TerminateEvent extends KernelEvent {}
}
namespace Symfony\Component\HttpKernel {
    use Symfony\Component\HttpFoundation\{Request, Response};

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

        public function handle(Request $request): Response
        {
            $this->boot();
            $this->resetServices = true;
            $response = $this->container->get($request->attributes['_controller'])($request);
            return $this->container->get('event_dispatcher')->dispatch(new Event\ResponseEvent($request, $response), 'kernel.response')->response;
        }

        public function terminate(Request $request, Response $response): void
        {
            $this->container->get('event_dispatcher')->dispatch(new Event\TerminateEvent($request, $response), 'kernel.terminate');
        }
    }
}
