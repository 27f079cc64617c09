<?php

// Swoole HTTP server: one worker process, services built on workerStart,
// one RequestContext per request, controllers created per request by a
// factory so they can see the request they serve.

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $cookie = null;
        public string $body = '';

        public function rawContent(): string|false
        {
            return $this->body;
        }
    }

    class Response
    {
        public int $statusCode = 200;
        public array $headers = [];
        public bool $finished = false;

        public function status(int $code): bool
        {
            $this->statusCode = $code;

            return true;
        }

        public function header(string $key, string $value): bool
        {
            $this->headers[$key] = $value;

            return true;
        }

        public function end(?string $content = null): bool
        {
            $this->finished = true;

            return true;
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];
        private array $settings = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function set(array $settings): void
        {
            $this->settings = $settings;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        /** Stand-in event loop: one worker that receives PHPLEAK_N requests. */
        public function start(): bool
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 1 + $i % 64;
                $request->server = ['request_method' => 'PATCH', 'request_uri' => '/orders/' . (5000 + $i), 'remote_addr' => '10.1.0.' . ($i % 250)];
                $request->header = ['content-type' => 'application/json', 'authorization' => 'Bearer tok-' . ($i % 17), 'x-request-id' => 'sw-' . $i];
                $request->body = json_encode([
                    'status' => 'packed',
                    'note' => str_repeat('Handle with care; leave at the back door. ', 12),
                    'items' => [['sku' => 'A-' . $i, 'qty' => 2], ['sku' => 'B-' . $i, 'qty' => 1]],
                ]);
                ($this->callbacks['request'])($request, new Response());
            }

            return true;
        }
    }
}

namespace App\Kernel {
    use Swoole\Http\Request;

    final class RequestContext
    {
        public ?object $controller = null;
        public array $attributes = [];

        public function __construct(
            public readonly Request $request,
            public readonly array $route,
        ) {
        }

        public function setController(object $controller): void
        {
            $this->controller = $controller; // leak
        }
    }

    final class ServiceContainer
    {
        private array $factories = [];
        private array $services = [];

        public function set(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function get(string $id): object
        {
            return $this->services[$id] ??= ($this->factories[$id])($this);
        }
    }

    final class EventDispatcher
    {
        private array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(string $event, RequestContext $context): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener($context);
            }
        }
    }

    final class ControllerFactory
    {
        public function __construct(private ServiceContainer $container)
        {
        }

        public function make(string $class, RequestContext $context): object
        {
            $controller = new $class($context, $this->container->get(\App\Repository\OrderRepository::class));
            $context->setController($controller); // leak

            return $controller;
        }
    }

    #[\Attribute(\Attribute::TARGET_METHOD)]
    final class Cache
    {
        public function __construct(public int $maxAge = 0, public bool $private = true)
        {
        }
    }
}

namespace App\Controller {
    use App\Kernel\RequestContext;
    use App\Repository\OrderRepository;

    abstract class AbstractController
    {
        public function __construct(
            protected RequestContext $context, // leak
            protected OrderRepository $orders,
        ) {
        }

        protected function param(string $name): ?string
        {
            return $this->context->route[$name] ?? null;
        }

        protected function input(): array
        {
            return json_decode((string) $this->context->request->rawContent(), true) ?? [];
        }

        protected function header(string $name): ?string
        {
            return $this->context->request->header[strtolower($name)] ?? null;
        }

        protected function json(array $data, int $status = 200): array
        {
            return [$status, json_encode($data)];
        }
    }

    final class OrderController extends AbstractController
    {
        #[\App\Kernel\Cache(maxAge: 0, private: true)]
        public function update(): array
        {
            $order = $this->orders->find((int) $this->param('id'));
            if ($order === null) {
                return $this->json(['error' => 'not found'], 404);
            }
            $changes = array_intersect_key($this->input(), array_flip(['status', 'note']));
            $order = $this->orders->apply($order, $changes, $this->header('x-request-id'));

            return $this->json(['id' => $order['id'], 'status' => $order['status']]);
        }
    }
}

namespace App\Repository {
    final class OrderRepository
    {
        private int $version = 0;

        public function find(int $id): ?array
        {
            return $id > 0 ? ['id' => $id, 'status' => 'new', 'note' => ''] : null;
        }

        public function apply(array $order, array $changes, ?string $requestId): array
        {
            $this->version++;

            return array_replace($order, $changes);
        }
    }
}

namespace App\Listener {
    use App\Kernel\Cache;
    use App\Kernel\RequestContext;

    /** Turns the controller's #[Cache] attribute into a Cache-Control header. */
    final class CacheHeaderListener
    {
        public function __invoke(RequestContext $context): void
        {
            if ($context->controller === null) {
                return;
            }
            $method = new \ReflectionMethod($context->controller, $context->attributes['_action']);
            foreach ($method->getAttributes(Cache::class) as $attribute) {
                $cache = $attribute->newInstance();
                $context->attributes['cache_control'] = ($cache->private ? 'private' : 'public') . ', max-age=' . $cache->maxAge;
            }
        }
    }
}

namespace {
    use App\Controller\OrderController;
    use App\Kernel\ControllerFactory;
    use App\Kernel\EventDispatcher;
    use App\Kernel\RequestContext;
    use App\Kernel\ServiceContainer;
    use App\Listener\CacheHeaderListener;
    use App\Repository\OrderRepository;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $routes = [
        'PATCH' => ['#^/orders/(?P<id>\d+)$#' => [OrderController::class, 'update']],
    ];

    $container = new ServiceContainer();
    $container->set(OrderRepository::class, static fn () => new OrderRepository());
    $container->set(ControllerFactory::class, static fn (ServiceContainer $c) => new ControllerFactory($c));
    $container->set(EventDispatcher::class, static function (): EventDispatcher {
        $events = new EventDispatcher();
        $events->listen('kernel.controller_done', new CacheHeaderListener());

        return $events;
    });

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 1, 'max_request' => 0]);

    $server->on('workerStart', static function (Server $server, int $workerId) use ($container): void {
        $container->get(ControllerFactory::class);
        $container->get(EventDispatcher::class);
    });

    $server->on('request', static function (Request $request, Response $response) use ($container, $routes): void {
        $method = $request->server['request_method'];
        $path = $request->server['request_uri'];
        foreach ($routes[$method] ?? [] as $pattern => [$class, $action]) {
            if (!preg_match($pattern, $path, $m)) {
                continue;
            }
            $context = new RequestContext($request, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
            $context->attributes['_action'] = $action;
            $controller = $container->get(ControllerFactory::class)->make($class, $context);
            [$status, $body] = $controller->$action();
            $container->get(EventDispatcher::class)->dispatch('kernel.controller_done', $context);

            $response->status($status);
            $response->header('Content-Type', 'application/json');
            if (isset($context->attributes['cache_control'])) {
                $response->header('Cache-Control', $context->attributes['cache_control']);
            }
            $response->end($body);

            return;
        }
        $response->status(404);
        $response->end();
    });

    $server->start();
}
