<?php
// Stand-in for symfony/http-kernel and the Route attribute: one container, attribute listeners and routes, request handling.
namespace Symfony\Component\Routing\Attribute {
    #[\Attribute(\Attribute::TARGET_METHOD)]
    class Route { public function __construct(public string $path, public ?string $name = null) {} }
}

namespace Symfony\Component\HttpKernel\Event {
    use Symfony\Component\HttpFoundation\{Request, Response};

    class RequestEvent
    {
        public function __construct(private Request $request) {}
        public function getRequest(): Request { return $this->request; }
    }
    class ResponseEvent extends RequestEvent
    {
        public function __construct(Request $request, private Response $response) { parent::__construct($request); }
        public function getResponse(): Response { return $this->response; }
    }
    class TerminateEvent extends ResponseEvent {}
}

namespace Symfony\Component\HttpKernel {
    use Symfony\Component\DependencyInjection\Container;
    use Symfony\Component\EventDispatcher\{Attribute\AsEventListener, EventDispatcher};
    use Symfony\Component\HttpFoundation\{Request, Response};
    use Symfony\Component\Routing\Attribute\Route;

    final class KernelEvents
    {
        public const REQUEST = 'kernel.request';
        public const RESPONSE = 'kernel.response';
        public const TERMINATE = 'kernel.terminate';
    }

    abstract class Kernel
    {
        protected Container $container;
        private array $routes = [];

        public function __construct(protected string $environment, protected bool $debug) {}

        public function boot(): void
        {
            $this->container = new Container();
            $dispatcher = $this->container->get(EventDispatcher::class);
            foreach (array_filter(get_declared_classes(), fn ($c) => str_starts_with($c, 'App\\')) as $class) {
                $ref = new \ReflectionClass($class);
                foreach ($ref->getAttributes(AsEventListener::class) as $attr) {
                    $listener = $attr->newInstance();
                    $dispatcher->addListener($listener->event, [$this->container->get($class), $listener->method ?? '__invoke'], $listener->priority);
                }
                foreach ($ref->getMethods() as $method) {
                    foreach ($method->getAttributes(AsEventListener::class) as $attr) {
                        $listener = $attr->newInstance();
                        $dispatcher->addListener($listener->event, [$this->container->get($class), $method->name], $listener->priority);
                    }
                    foreach ($method->getAttributes(Route::class) as $attr) {
                        $this->routes[$attr->newInstance()->path] = [$class, $method->name, $attr->newInstance()->name];
                    }
                }
            }
        }

        public function handle(Request $request): Response
        {
            [$class, $method, $route] = $this->routes[$request->getPathInfo()];
            $request->attributes->set('_route', $route);
            $dispatcher = $this->container->get(EventDispatcher::class);
            $dispatcher->dispatch(new Event\RequestEvent($request), KernelEvents::REQUEST);
            $response = $this->container->get($class)->$method($request);
            return $dispatcher->dispatch(new Event\ResponseEvent($request, $response), KernelEvents::RESPONSE)->getResponse();
        }

        public function terminate(Request $request, Response $response): void
        {
            $this->container->get(EventDispatcher::class)->dispatch(new Event\TerminateEvent($request, $response), KernelEvents::TERMINATE);
        }
    }
}
