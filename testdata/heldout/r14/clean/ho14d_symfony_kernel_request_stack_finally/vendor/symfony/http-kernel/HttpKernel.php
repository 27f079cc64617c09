<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpFoundation\Response;

class HttpException extends \RuntimeException
{
    public function __construct(private readonly int $statusCode, string $message = '', ?\Throwable $previous = null)
    {
        parent::__construct($message, 0, $previous);
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }
}

class NotFoundHttpException extends HttpException
{
    public function __construct(string $message = '', ?\Throwable $previous = null)
    {
        parent::__construct(404, $message, $previous);
    }
}

class KernelEvent
{
    private ?Response $response = null;

    public function __construct(public readonly Request $request, public readonly int $requestType)
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

    public function hasResponse(): bool
    {
        return $this->response !== null;
    }
}

class ExceptionEvent extends KernelEvent
{
    public function __construct(Request $request, int $requestType, private \Throwable $throwable)
    {
        parent::__construct($request, $requestType);
    }

    public function getThrowable(): \Throwable
    {
        return $this->throwable;
    }
}

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener;
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

/**
 * HttpKernel as in 6.x: handle() owns the RequestStack push and pops it in a
 * finally block, whatever the exception path does.
 */
class HttpKernel
{
    public const MAIN_REQUEST = 1;
    public const SUB_REQUEST = 2;

    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly \Closure $controllerResolver,
        private readonly RequestStack $requestStack,
    ) {
    }

    public function handle(Request $request, int $type = self::MAIN_REQUEST, bool $catch = true): Response
    {
        $request->headers['x-php-ob-level'] = (string) ob_get_level();

        $this->requestStack->push($request);
        try {
            return $this->handleRaw($request, $type);
        } catch (\Throwable $e) {
            if (false === $catch) {
                $this->finishRequest($request, $type);

                throw $e;
            }

            return $this->handleThrowable($e, $request, $type);
        } finally {
            $this->requestStack->pop();
        }
    }

    private function handleRaw(Request $request, int $type): Response
    {
        $event = new KernelEvent($request, $type);
        $this->dispatcher->dispatch($event, 'kernel.request');
        if ($event->hasResponse()) {
            return $this->filterResponse($event->getResponse(), $request, $type);
        }

        $controller = ($this->controllerResolver)($request);
        $response = $controller($request);

        return $this->filterResponse($response, $request, $type);
    }

    private function filterResponse(Response $response, Request $request, int $type): Response
    {
        $event = new KernelEvent($request, $type);
        $event->setResponse($response);
        $this->dispatcher->dispatch($event, 'kernel.response');
        $this->finishRequest($request, $type);

        return $event->getResponse();
    }

    private function finishRequest(Request $request, int $type): void
    {
        $this->dispatcher->dispatch(new KernelEvent($request, $type), 'kernel.finish_request');
    }

    private function handleThrowable(\Throwable $e, Request $request, int $type): Response
    {
        $event = new ExceptionEvent($request, $type, $e);
        $this->dispatcher->dispatch($event, 'kernel.exception');

        $e = $event->getThrowable();

        if (!$event->hasResponse()) {
            $this->finishRequest($request, $type);

            throw $e;
        }

        $response = $event->getResponse();
        if ($e instanceof HttpException) {
            $response->statusCode = $e->getStatusCode();
        }

        try {
            return $this->filterResponse($response, $request, $type);
        } catch (\Throwable) {
            return $response;
        }
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new KernelEvent($request, self::MAIN_REQUEST), 'kernel.terminate');
    }
}
