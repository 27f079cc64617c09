<?php

declare(strict_types=1);

namespace Symfony\Component\HttpKernel;

/** Stand-ins for the few symfony/http-kernel pieces this app uses. */

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
    public function __construct(
        public string $content = '',
        public int $status = 200,
        public array $headers = [],
    ) {
    }
}

class KernelEvent
{
    public function __construct(
        public readonly Request $request,
        public ?Response $response = null,
    ) {
    }
}

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function dispatch(KernelEvent $event, string $eventName): KernelEvent
    {
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

final class KernelEvents
{
    public const REQUEST = 'kernel.request';
    public const RESPONSE = 'kernel.response';
    public const TERMINATE = 'kernel.terminate';
}

class HttpKernel
{
    /** @param callable(Request): Response $controllerResolver */
    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly \Closure $controllerResolver,
    ) {
    }

    public function handle(Request $request): Response
    {
        $this->dispatcher->dispatch(new KernelEvent($request), KernelEvents::REQUEST);
        $response = ($this->controllerResolver)($request);
        $this->dispatcher->dispatch(new KernelEvent($request, $response), KernelEvents::RESPONSE);

        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new KernelEvent($request, $response), KernelEvents::TERMINATE);
    }
}
