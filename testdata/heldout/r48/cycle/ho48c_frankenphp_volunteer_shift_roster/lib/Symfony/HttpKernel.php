<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public array $attributes = [];

    public function __construct(public array $query = [], public array $request = [], public array $server = [])
    {
    }

    public function getPathInfo(): string
    {
        return $this->server['REQUEST_URI'] ?? '/';
    }
}

class Response
{
    public array $headers = [];

    public function __construct(public string $content = '', public int $status = 200)
    {
    }
}

class JsonResponse extends Response
{
    public function __construct(mixed $data, int $status = 200)
    {
        parent::__construct(json_encode($data), $status);
        $this->headers['Content-Type'] = 'application/json';
    }
}

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

class EventDispatcher
{
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event, string $name): object
    {
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

namespace Symfony\Component\HttpKernel\Event;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class ResponseEvent
{
    public function __construct(public readonly Request $request, public Response $response)
    {
    }
}

namespace Symfony\Component\HttpKernel;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\ResponseEvent;

final class KernelEvents
{
    public const RESPONSE = 'kernel.response';
    public const TERMINATE = 'kernel.terminate';
}

// Stand-in for HttpKernel: route by path prefix, call the controller, dispatch kernel.response.
final class HttpKernel
{
    /** @param array<string, callable> $routes */
    public function __construct(private EventDispatcher $dispatcher, private array $routes)
    {
    }

    public function handle(Request $request): Response
    {
        foreach ($this->routes as $pattern => $controller) {
            if (preg_match($pattern, $request->getPathInfo(), $m)) {
                $request->attributes = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $response = $controller($request);
                break;
            }
        }
        $response ??= new Response('Not Found', 404);

        return $this->dispatcher->dispatch(new ResponseEvent($request, $response), KernelEvents::RESPONSE)->response;
    }
}
