<?php
// Stand-in for symfony/http-kernel, the Route attribute and AbstractController: one container, attribute routes, controllers called per request.
namespace Symfony\Component\Routing\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    class Route { public function __construct(public string $path, public ?string $name = null) {} }
}

namespace Symfony\Bundle\FrameworkBundle\Controller {
    use Symfony\Component\DependencyInjection\Container;
    use Symfony\Component\HttpFoundation\{JsonResponse, Response};

    abstract class AbstractController
    {
        protected Container $container;
        public function setContainer(Container $container): void { $this->container = $container; }
        protected function render(string $view, array $parameters = []): Response { return new Response("<!-- {$view} -->" . json_encode($parameters)); }
        protected function json(mixed $data, int $status = 200): JsonResponse { return new JsonResponse($data, $status); }
    }
}

namespace Symfony\Component\HttpKernel {
    use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
    use Symfony\Component\DependencyInjection\Container;
    use Symfony\Component\HttpFoundation\{Request, Response};
    use Symfony\Component\Routing\Attribute\Route;

    abstract class Kernel
    {
        protected Container $container;
        private array $routes = [];

        public function __construct(protected string $environment, protected bool $debug) {}

        public function boot(): void
        {
            $this->container = new Container();
            foreach (array_filter(get_declared_classes(), fn ($c) => str_starts_with($c, 'App\\Controller\\')) as $class) {
                $ref = new \ReflectionClass($class);
                foreach ($ref->getAttributes(Route::class) as $attr) {
                    $this->addRoute($attr->newInstance(), [$class, '__invoke']);
                }
                foreach ($ref->getMethods() as $method) {
                    foreach ($method->getAttributes(Route::class) as $attr) {
                        $this->addRoute($attr->newInstance(), [$class, $method->name]);
                    }
                }
            }
        }

        private function addRoute(Route $route, array $controller): void
        {
            $this->routes['#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $route->path) . '$#'] = [$route->name, $controller];
        }

        public function handle(Request $request): Response
        {
            foreach ($this->routes as $regex => [$name, [$class, $method]]) {
                if (!preg_match($regex, $request->getPathInfo(), $params)) {
                    continue;
                }
                $request->attributes->set('_route', $name);
                $controller = $this->container->get($class);
                if ($controller instanceof AbstractController) {
                    $controller->setContainer($this->container);
                }
                $args = array_map(
                    fn (\ReflectionParameter $p) => $p->getType()?->getName() === Request::class ? $request : $params[$p->name],
                    (new \ReflectionMethod($controller, $method))->getParameters(),
                );
                return $controller->$method(...$args);
            }
            return new Response('Not Found', 404);
        }
    }
}
