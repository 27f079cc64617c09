<?php

namespace Symfony\Component\HttpKernel\Controller;

use Symfony\Component\HttpFoundation\Request;

/**
 * Stand-in for the argument value resolvers: Request, route attributes (by name) and defaults.
 */
final class ArgumentResolver implements ArgumentResolverInterface
{
    public function getArguments(Request $request, callable $controller, ?\ReflectionFunctionAbstract $reflector = null): array
    {
        $reflector ??= match (true) {
            \is_array($controller) => new \ReflectionMethod($controller[0], $controller[1]),
            \is_object($controller) && !$controller instanceof \Closure => new \ReflectionMethod($controller, '__invoke'),
            default => new \ReflectionFunction($controller),
        };

        $arguments = [];
        foreach ($reflector->getParameters() as $parameter) {
            $type = $parameter->getType();
            $typeName = $type instanceof \ReflectionNamedType ? $type->getName() : null;
            if (null !== $typeName && is_a($typeName, Request::class, true)) {
                $arguments[] = $request;
            } elseif ($request->attributes->has($parameter->getName())) {
                $value = $request->attributes->get($parameter->getName());
                $arguments[] = 'int' === $typeName ? (int) $value : $value;
            } elseif ($parameter->isDefaultValueAvailable()) {
                $arguments[] = $parameter->getDefaultValue();
            } else {
                throw new \RuntimeException(sprintf('Could not resolve argument $%s of the controller.', $parameter->getName()));
            }
        }

        return $arguments;
    }
}
