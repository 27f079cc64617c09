<?php
// Stand-in for symfony/http-kernel (+ Route attribute): bundles and compiler passes run once at boot, then requests are handled by the same container.
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

namespace Symfony\Component\HttpKernel\Bundle {
    use Symfony\Component\DependencyInjection\ContainerBuilder;

    abstract class Bundle
    {
        protected ?ContainerBuilder $container = null;
        public function build(ContainerBuilder $container): void {}
        public function boot(): void {}
        public function setContainer(?ContainerBuilder $container): void { $this->container = $container; }
    }
}

namespace Symfony\Component\HttpKernel {
    use Symfony\Component\DependencyInjection\ContainerBuilder;
    use Symfony\Component\EventDispatcher\EventDispatcher;
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
        protected ContainerBuilder $container;
        private array $bundles = [];
        private array $routes = [];

        public function __construct(protected string $environment, protected bool $debug) {}

        abstract public function registerBundles(): iterable;

        protected function build(ContainerBuilder $container): void {}

        public function boot(): void
        {
            $container = new ContainerBuilder();
            $container->register('event_dispatcher', EventDispatcher::class);
            foreach ($this->registerBundles() as $bundle) {
                $this->bundles[] = $bundle;
                $bundle->build($container);
            }
            $this->build($container);
            $container->addCompilerPass(new \Symfony\Component\EventDispatcher\DependencyInjection\RegisterListenersPass());
            $container->compile();
            $this->container = $container;
            foreach ($this->bundles as $bundle) {
                $bundle->setContainer($container);
                $bundle->boot();
            }
            foreach (array_filter(get_declared_classes(), fn ($c) => str_starts_with($c, 'App\\Controller\\')) as $class) {
                foreach ((new \ReflectionClass($class))->getMethods() as $method) {
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
            $dispatcher = $this->container->get('event_dispatcher');
            $dispatcher->dispatch(new Event\RequestEvent($request), KernelEvents::REQUEST);
            $response = $this->container->get($class)->$method($request);
            return $dispatcher->dispatch(new Event\ResponseEvent($request, $response), KernelEvents::RESPONSE)->getResponse();
        }

        public function terminate(Request $request, Response $response): void
        {
            $this->container->get('event_dispatcher')->dispatch(new Event\TerminateEvent($request, $response), KernelEvents::TERMINATE);
        }
    }
}
