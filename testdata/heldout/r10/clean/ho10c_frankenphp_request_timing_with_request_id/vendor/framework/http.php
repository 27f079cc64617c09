<?php

declare(strict_types=1);

namespace Framework\Http;

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $query,
        public readonly array $headers,
        public readonly array $cookies,
        public readonly array $server,
    ) {
    }

    public static function createFromGlobals(): self
    {
        $headers = [];
        foreach ($_SERVER as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr($key, 5)))] = $value;
            }
        }
        return new self($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $_GET, $headers, $_COOKIE, $_SERVER);
    }

    public function getPathInfo(): string
    {
        return parse_url($this->uri, PHP_URL_PATH);
    }
}

final class Response
{
    public array $headers = [];

    public function __construct(public string $content = '', public int $status = 200)
    {
    }

    public function send(): void
    {
        // FrankenPHP streams the body; nothing to do in the CLI stand-in
    }
}

final class RequestEvent
{
    public ?Response $response = null;

    public function __construct(public readonly Request $request)
    {
    }
}

final class TerminateEvent
{
    public function __construct(public readonly Request $request, public readonly Response $response)
    {
    }
}

interface EventSubscriberInterface
{
    /** @return array<class-string, string> */
    public static function getSubscribedEvents(): array;
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}

final class Container
{
    private array $services = [];

    public function __construct(private array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->factories[$id])($this);
    }
}

final class HttpKernel
{
    /** @param array<string, array{string, callable}> $routes pattern => [name, controller] */
    public function __construct(private EventDispatcher $dispatcher, private array $routes)
    {
    }

    public function handle(Request $request): Response
    {
        foreach ($this->routes as $pattern => [$name, $controller]) {
            if (preg_match($pattern, $request->getPathInfo(), $m)) {
                $request->attributes['_route'] = $name;
                $request->attributes['_route_params'] = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $event = $this->dispatcher->dispatch(new RequestEvent($request));
                return $event->response ?? $controller($request);
            }
        }
        return new Response('', 404);
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new TerminateEvent($request, $response));
    }
}
