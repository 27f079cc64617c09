<?php
// Attribute-configured kernel listeners collect per-route latency samples for a metrics exporter; the collector is resettable and the worker resets services between API requests.

namespace Symfony\Component\EventDispatcher\Attribute {

    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
    class AsEventListener
    {
        public function __construct(
            public ?string $event = null,
            public ?string $method = null,
            public int $priority = 0,
            public ?string $dispatcher = null,
        ) {
        }
    }
}

namespace Symfony\Component\EventDispatcher {

    class EventDispatcher
    {
        private array $listeners = [];
        private array $sorted = [];

        public function addListener(string $eventName, callable|array $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][$priority][] = $listener;
            unset($this->sorted[$eventName]);
        }

        public function dispatch(object $event, ?string $eventName = null): object
        {
            $eventName ??= $event::class;
            if (!isset($this->sorted[$eventName])) {
                $byPriority = $this->listeners[$eventName] ?? [];
                krsort($byPriority);
                $this->sorted[$eventName] = $byPriority ? array_merge(...array_values($byPriority)) : [];
            }
            foreach ($this->sorted[$eventName] as $listener) {
                $listener($event, $eventName, $this);
            }

            return $event;
        }
    }
}

namespace Symfony\Contracts\Service {

    interface ResetInterface
    {
        /**
         * @return void
         */
        public function reset();
    }
}

namespace App\Http {

    final class Request
    {
        public array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers = [],
        ) {
        }
    }

    final class Response
    {
        public array $headers = [];

        public function __construct(public string $body = '', public int $status = 200)
        {
        }
    }

    final class RequestReceived
    {
        public function __construct(public readonly Request $request)
        {
        }
    }

    final class ResponsePrepared
    {
        public function __construct(public readonly Request $request, public readonly Response $response)
        {
        }
    }
}

namespace App\Metrics {

    use App\Http\RequestReceived;
    use App\Http\ResponsePrepared;
    use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
    use Symfony\Contracts\Service\ResetInterface;

    /**
     * Feeds the Prometheus exporter with request latency samples.
     */
    final class RouteLatencyCollector implements ResetInterface
    {
        /** @var array<string, float> */
        private array $started = [];

        /** @var list<array<string, mixed>> */
        private array $samples = [];

        public function __construct(private readonly string $namespace = 'api')
        {
        }

        #[AsEventListener(event: RequestReceived::class, priority: 1024)]
        public function onRequest(RequestReceived $event): void
        {
            $id = $event->request->headers['x-request-id'];
            $this->started[$id] = microtime(true);
        }

        #[AsEventListener(event: ResponsePrepared::class, priority: -1024)]
        public function onResponse(ResponsePrepared $event): void
        {
            $request = $event->request;
            $id = $request->headers['x-request-id'];
            $elapsed = microtime(true) - ($this->started[$id] ?? microtime(true));
            unset($this->started[$id]);

            $this->samples[] = [
                'metric' => $this->namespace . '_http_request_duration_seconds',
                'request_id' => $id,
                'route' => $request->attributes['_route'] ?? 'unknown',
                'method' => $request->method,
                'uri' => $request->path,
                'status' => $event->response->status,
                'value' => $elapsed,
                'labels' => ['tenant' => $request->headers['x-tenant'] ?? 'default', 'instance' => gethostname()],
            ];
        }

        public function export(): string
        {
            $lines = [];
            foreach ($this->samples as $sample) {
                $lines[] = sprintf('%s{route="%s",status="%d"} %F', $sample['metric'], $sample['route'], $sample['status'], $sample['value']);
            }

            return implode("\n", $lines);
        }

        public function reset(): void
        {
            $this->started = [];
            $this->samples = [];
        }
    }
}

namespace App\DependencyInjection {

    use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
    use Symfony\Component\EventDispatcher\EventDispatcher;

    /**
     * Wires services carrying #[AsEventListener] into the dispatcher at container build time.
     */
    final class AttributeListenerRegistrar
    {
        public function register(EventDispatcher $dispatcher, object ...$services): void
        {
            foreach ($services as $service) {
                $class = new \ReflectionObject($service);
                foreach ($class->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
                    foreach ($method->getAttributes(AsEventListener::class) as $attribute) {
                        $config = $attribute->newInstance();
                        $dispatcher->addListener($config->event, [$service, $method->getName()], $config->priority);
                    }
                }
            }
        }
    }
}

namespace App\Controller {

    use App\Http\Request;
    use App\Http\Response;

    final class ProductController
    {
        public function __invoke(Request $request): Response
        {
            $sku = substr($request->path, strrpos($request->path, '/') + 1);

            return new Response(json_encode(['sku' => $sku, 'stock' => crc32($sku) % 40]));
        }
    }
}

namespace {

    use App\Controller\ProductController;
    use App\DependencyInjection\AttributeListenerRegistrar;
    use App\Http\Request;
    use App\Http\RequestReceived;
    use App\Http\ResponsePrepared;
    use App\Metrics\RouteLatencyCollector;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Contracts\Service\ResetInterface;

    $dispatcher = new EventDispatcher();
    $collector = new RouteLatencyCollector('shop');
    (new AttributeListenerRegistrar())->register($dispatcher, $collector);
    $controller = new ProductController();
    $resettable = array_filter([$dispatcher, $collector, $controller], static fn (object $s): bool => $s instanceof ResetInterface);
    $pushed = 0;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request('GET', '/api/products/SKU-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT), [
            'x-request-id' => bin2hex(random_bytes(8)),
            'x-tenant' => 'acme',
        ]);
        $request->attributes['_route'] = 'api_product_show';
        $dispatcher->dispatch(new RequestReceived($request));
        $response = $controller($request);
        $dispatcher->dispatch(new ResponsePrepared($request, $response));
        $pushed += strlen($collector->export());
        foreach ($resettable as $service) {
            $service->reset();
        }
    }
}
