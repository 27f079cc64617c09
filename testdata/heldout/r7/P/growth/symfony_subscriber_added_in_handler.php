<?php
// A Symfony-style HTTP kernel dispatches request/response events through an event dispatcher; the API handler adds a response-cache subscriber for each request.

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

final class KernelEvent
{
    public array $headers = [];
    public function __construct(public readonly string $name, public readonly array $request) {}
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener, int $priority = 0): void
    {
        $this->listeners[$eventName][$priority][] = $listener; // leak
    }

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $eventName => $params) {
            if (is_string($params)) {
                $this->addListener($eventName, [$subscriber, $params]);
            } elseif (is_string($params[0])) {
                $this->addListener($eventName, [$subscriber, $params[0]], $params[1] ?? 0);
            } else {
                foreach ($params as $listener) {
                    $this->addListener($eventName, [$subscriber, $listener[0]], $listener[1] ?? 0);
                }
            }
        }
    }

    public function dispatch(KernelEvent $event): KernelEvent
    {
        $byPriority = $this->listeners[$event->name] ?? [];
        krsort($byPriority);
        foreach ($byPriority as $listeners) {
            foreach ($listeners as $listener) {
                $listener($event);
            }
        }
        return $event;
    }
}

final class RouterSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array
    {
        return ['kernel.request' => ['onKernelRequest', 32]];
    }

    public function onKernelRequest(KernelEvent $event): void
    {
        $event->headers['X-Route'] = 'api_products_show';
    }
}

final class ResponseCacheSubscriber implements EventSubscriberInterface
{
    public function __construct(private array $requestHeaders, private int $maxAge) {}

    public static function getSubscribedEvents(): array
    {
        return [
            'kernel.request' => 'onKernelRequest',
            'kernel.response' => [['addCacheHeaders', 10], ['addVaryHeader', -10]],
        ];
    }

    public function onKernelRequest(KernelEvent $event): void {}

    public function addCacheHeaders(KernelEvent $event): void
    {
        $event->headers['Cache-Control'] = 'public, max-age=' . $this->maxAge;
    }

    public function addVaryHeader(KernelEvent $event): void
    {
        $event->headers['Vary'] = implode(', ', array_keys($this->requestHeaders));
    }
}

final class ApiKernel
{
    public function __construct(private EventDispatcher $dispatcher) {}

    public function handle(array $request): array
    {
        $dispatcher = $this->dispatcher;
        $dispatcher->addSubscriber(new ResponseCacheSubscriber($request['headers'], 300)); // leak
        $dispatcher->dispatch(new KernelEvent('kernel.request', $request));
        return $dispatcher->dispatch(new KernelEvent('kernel.response', $request))->headers;
    }
}

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new RouterSubscriber());
$kernel = new ApiKernel($dispatcher);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle([
        'path' => "/api/products/{$i}",
        'headers' => ['Accept' => 'application/json', 'Accept-Language' => 'en', 'X-Request-Id' => bin2hex(random_bytes(8))],
    ]);
}
