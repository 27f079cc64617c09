<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Controller\ArgumentResolver;
use Symfony\Component\HttpKernel\Controller\ArgumentResolverInterface;
use Symfony\Component\HttpKernel\Controller\ControllerResolverInterface;
use Symfony\Component\HttpKernel\Event\ControllerEvent;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

class HttpKernel implements HttpKernelInterface, TerminableInterface
{
    protected ArgumentResolverInterface $argumentResolver;

    public function __construct(
        protected EventDispatcherInterface $dispatcher,
        protected ControllerResolverInterface $resolver,
        ?object $requestStack = null,
        ?ArgumentResolverInterface $argumentResolver = null,
    ) {
        $this->argumentResolver = $argumentResolver ?? new ArgumentResolver();
    }

    public function handle(Request $request, int $type = HttpKernelInterface::MAIN_REQUEST, bool $catch = true): Response
    {
        $event = new RequestEvent($this, $request, $type);
        $this->dispatcher->dispatch($event, KernelEvents::REQUEST);
        if ($event->hasResponse()) {
            return $this->filterResponse($event->getResponse(), $request, $type);
        }

        if (false === $controller = $this->resolver->getController($request)) {
            throw new NotFoundHttpException(sprintf('Unable to find the controller for path "%s".', $request->getPathInfo()));
        }
        $event = new ControllerEvent($this, $controller, $request, $type);
        $this->dispatcher->dispatch($event, KernelEvents::CONTROLLER);
        $controller = $event->getController();

        $arguments = $this->argumentResolver->getArguments($request, $controller);
        $response = $controller(...$arguments);
        if (!$response instanceof Response) {
            throw new \LogicException('The controller must return a "Symfony\Component\HttpFoundation\Response" object.');
        }

        return $this->filterResponse($response, $request, $type);
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new TerminateEvent($this, $request, $response), KernelEvents::TERMINATE);
    }

    private function filterResponse(Response $response, Request $request, int $type): Response
    {
        $event = new ResponseEvent($this, $request, $type, $response);
        $this->dispatcher->dispatch($event, KernelEvents::RESPONSE);

        return $event->getResponse();
    }
}
