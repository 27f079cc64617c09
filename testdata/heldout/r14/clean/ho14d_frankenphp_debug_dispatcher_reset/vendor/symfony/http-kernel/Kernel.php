<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpFoundation\Response;

class RequestEvent
{
    private ?Response $response = null;
    public mixed $controller = null;

    public function __construct(public readonly Request $request)
    {
    }

    public function setResponse(Response $response): void
    {
        $this->response = $response;
    }

    public function getResponse(): ?Response
    {
        return $this->response;
    }
}

final class HttpKernel
{
    public function __construct(private readonly EventDispatcherInterface $dispatcher, private readonly RequestStack $requestStack)
    {
    }

    public function handle(Request $request): Response
    {
        $this->requestStack->push($request);
        try {
            $event = new RequestEvent($request);
            $this->dispatcher->dispatch($event, 'kernel.request');
            $this->dispatcher->dispatch($event, 'kernel.controller');

            $event->setResponse(($event->controller)($request));
            $this->dispatcher->dispatch($event, 'kernel.response');
            $this->dispatcher->dispatch($event, 'kernel.finish_request');

            return $event->getResponse();
        } finally {
            $this->requestStack->pop();
        }
    }

    public function terminate(Request $request, Response $response): void
    {
        $event = new RequestEvent($request);
        $event->setResponse($response);
        $this->dispatcher->dispatch($event, 'kernel.terminate');
    }
}

final class Container
{
    private array $services = [];

    /** @param array<string, \Closure(self): object> $factories */
    public function __construct(private readonly array $factories, private readonly array $parameters)
    {
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->factories[$id])($this);
    }

    public function has(string $id): bool
    {
        return isset($this->factories[$id]);
    }

    public function initialized(string $id): bool
    {
        return isset($this->services[$id]);
    }

    public function getParameter(string $name): mixed
    {
        return $this->parameters[$name];
    }
}

final class ServicesResetter
{
    /** @param array<string, string> $resetMethods service id => method */
    public function __construct(private readonly Container $container, private readonly array $resetMethods)
    {
    }

    public function reset(): void
    {
        foreach ($this->resetMethods as $id => $method) {
            if ($this->container->initialized($id)) {
                $this->container->get($id)->$method();
            }
        }
    }
}

/**
 * Kernel as in 5.x+: once booted, boot() resets the services tagged
 * kernel.reset before the next main request of the same process.
 */
abstract class Kernel
{
    protected ?Container $container = null;
    protected bool $booted = false;
    private int $requestStackSize = 0;
    private bool $resetServices = false;

    public function __construct(protected string $environment, protected bool $debug)
    {
    }

    abstract protected function buildContainer(): Container;

    public function boot(): void
    {
        if (true === $this->booted) {
            if (!$this->requestStackSize && $this->resetServices) {
                if ($this->container->has('services_resetter')) {
                    $this->container->get('services_resetter')->reset();
                }
                $this->resetServices = false;
            }

            return;
        }

        $this->container = $this->buildContainer();
        $this->booted = true;
    }

    public function handle(Request $request): Response
    {
        $this->boot();
        ++$this->requestStackSize;
        $this->resetServices = true;

        try {
            return $this->container->get('http_kernel')->handle($request);
        } finally {
            --$this->requestStackSize;
        }
    }

    public function terminate(Request $request, Response $response): void
    {
        if (false === $this->booted) {
            return;
        }

        $this->container->get('http_kernel')->terminate($request, $response);
    }
}
