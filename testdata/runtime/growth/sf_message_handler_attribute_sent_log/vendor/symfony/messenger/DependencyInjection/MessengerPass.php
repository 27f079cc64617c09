<?php

namespace Symfony\Component\Messenger\DependencyInjection;

use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;
use Symfony\Component\Messenger\Handler\HandlersLocator;

/**
 * Maps each handled message class to the handlers tagged "messenger.message_handler".
 */
class MessengerPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        $handlersByMessage = [];
        foreach ($container->findTaggedServiceIds('messenger.message_handler') as $id => $tags) {
            $class = $container->getDefinition($id)->getClass() ?? $id;
            $r = $container->getReflectionClass($class);
            foreach ($tags as $tag) {
                $method = $tag['method'] ?? '__invoke';
                if (isset($tag['handles'])) {
                    $handles = $tag['handles'];
                } else {
                    $type = ($r->getMethod($method)->getParameters()[0] ?? null)?->getType();
                    if (!$type instanceof \ReflectionNamedType || $type->isBuiltin()) {
                        throw new \RuntimeException(sprintf('Invalid handler service "%s": type-hint the argument of "%s::%s()" with the class of the message it handles.', $id, $class, $method));
                    }
                    $handles = $type->getName();
                }
                $handlersByMessage[$handles][] = [new Reference($id), $method];
            }
        }
        $container->register('messenger.bus.default.messenger.handlers_locator', HandlersLocator::class)->setArguments([$handlersByMessage]);
    }
}
