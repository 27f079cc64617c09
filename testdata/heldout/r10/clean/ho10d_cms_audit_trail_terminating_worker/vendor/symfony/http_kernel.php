<?php

declare(strict_types=1);

namespace Symfony\Component\HttpFoundation
{
    class Request
    {
        public array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $pathInfo,
            public readonly array $query = [],
            public readonly array $server = [],
        ) {
        }

        public static function create(string $uri, string $method = 'GET', array $server = []): self
        {
            $parts = parse_url($uri);
            parse_str($parts['query'] ?? '', $query);

            return new self($method, $parts['path'] ?? '/', $query, $server);
        }
    }

    class Response
    {
        public array $headers = [];

        public function __construct(public string $content = '', public int $statusCode = 200)
        {
        }

        public function send(): static
        {
            return $this;
        }
    }
}

namespace Symfony\Component\HttpKernel\Event
{
    use Symfony\Component\EventDispatcher\Event;
    use Symfony\Component\HttpFoundation\Request;
    use Symfony\Component\HttpFoundation\Response;

    class KernelEvent extends Event
    {
        public function __construct(private readonly Request $request)
        {
        }

        public function getRequest(): Request
        {
            return $this->request;
        }
    }

    final class RequestEvent extends KernelEvent
    {
    }

    final class ResponseEvent extends KernelEvent
    {
        public function __construct(Request $request, private Response $response)
        {
            parent::__construct($request);
        }

        public function getResponse(): Response
        {
            return $this->response;
        }
    }

    final class TerminateEvent extends KernelEvent
    {
        public function __construct(Request $request, private readonly Response $response)
        {
            parent::__construct($request);
        }

        public function getResponse(): Response
        {
            return $this->response;
        }
    }
}

namespace Symfony\Component\HttpKernel
{
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\HttpFoundation\Request;
    use Symfony\Component\HttpFoundation\Response;
    use Symfony\Component\HttpKernel\Event\RequestEvent;
    use Symfony\Component\HttpKernel\Event\ResponseEvent;
    use Symfony\Component\HttpKernel\Event\TerminateEvent;

    final class KernelEvents
    {
        public const REQUEST = 'kernel.request';
        public const RESPONSE = 'kernel.response';
        public const TERMINATE = 'kernel.terminate';
    }

    interface TerminableInterface
    {
        public function terminate(Request $request, Response $response): void;
    }

    class HttpKernel implements TerminableInterface
    {
        /** @param array<string, callable(Request): Response> $routes */
        public function __construct(
            private readonly EventDispatcher $dispatcher,
            private readonly array $routes,
        ) {
        }

        public function handle(Request $request): Response
        {
            $this->dispatcher->dispatch(new RequestEvent($request), KernelEvents::REQUEST);

            $controller = $this->routes[$request->attributes['_route'] ?? ''] ?? null;
            $response = $controller !== null ? $controller($request) : new Response('Not Found', 404);

            $event = new ResponseEvent($request, $response);
            $this->dispatcher->dispatch($event, KernelEvents::RESPONSE);

            return $event->getResponse();
        }

        public function terminate(Request $request, Response $response): void
        {
            $this->dispatcher->dispatch(new TerminateEvent($request, $response), KernelEvents::TERMINATE);
        }
    }
}
