<?php

namespace Symfony\Component\HttpKernel\Controller;

use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;

/**
 * Resolves the "_controller" request attribute ("Class::method" or an invokable "Class") to a controller service.
 */
class ContainerControllerResolver implements ControllerResolverInterface
{
    public function __construct(protected ContainerInterface $container)
    {
    }

    public function getController(Request $request): callable|false
    {
        if (!$controller = $request->attributes->get('_controller')) {
            return false;
        }
        if (\is_string($controller)) {
            if (str_contains($controller, '::')) {
                [$class, $method] = explode('::', $controller, 2);
                $controller = [$this->container->get($class), $method];
            } else {
                $controller = $this->container->get($controller);
            }
        }
        if (!\is_callable($controller)) {
            throw new \InvalidArgumentException(sprintf('The controller for URI "%s" is not callable.', $request->getPathInfo()));
        }

        return $controller;
    }
}
