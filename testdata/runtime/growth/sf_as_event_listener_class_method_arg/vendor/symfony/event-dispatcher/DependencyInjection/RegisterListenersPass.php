<?php

namespace Symfony\Component\EventDispatcher\DependencyInjection;

use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;

/**
 * Turns kernel.event_listener and kernel.event_subscriber tags into addListener() calls on the dispatcher.
 */
class RegisterListenersPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        if (!$container->hasDefinition('event_dispatcher')) {
            return;
        }
        $dispatcher = $container->getDefinition('event_dispatcher');

        foreach ($container->findTaggedServiceIds('kernel.event_listener') as $id => $events) {
            foreach ($events as $event) {
                $priority = $event['priority'] ?? 0;
                if (!isset($event['event'])) {
                    $event['event'] = $this->getEventFromTypeDeclaration($container, $id, $event['method'] ?? '__invoke');
                }
                if (!isset($event['method'])) {
                    $event['method'] = 'on'.preg_replace_callback([
                        '/(?<=\b|_)[a-z]/i',
                        '/[^a-z0-9]/i',
                    ], fn ($matches) => strtoupper($matches[0]), $event['event']);
                    $event['method'] = preg_replace('/[^a-z0-9]/i', '', $event['method']);
                    $r = $container->getReflectionClass($container->getDefinition($id)->getClass() ?? $id, false);
                    if (null !== $r && !$r->hasMethod($event['method']) && $r->hasMethod('__invoke')) {
                        $event['method'] = '__invoke';
                    }
                }
                $dispatcher->addMethodCall('addListener', [$event['event'], [new Reference($id), $event['method']], $priority]);
            }
        }

        foreach ($container->findTaggedServiceIds('kernel.event_subscriber') as $id => $tags) {
            $class = $container->getDefinition($id)->getClass() ?? $id;
            foreach ($class::getSubscribedEvents() as $eventName => $params) {
                if (\is_string($params)) {
                    $dispatcher->addMethodCall('addListener', [$eventName, [new Reference($id), $params], 0]);
                } elseif (\is_string($params[0])) {
                    $dispatcher->addMethodCall('addListener', [$eventName, [new Reference($id), $params[0]], $params[1] ?? 0]);
                } else {
                    foreach ($params as $listener) {
                        $dispatcher->addMethodCall('addListener', [$eventName, [new Reference($id), $listener[0]], $listener[1] ?? 0]);
                    }
                }
            }
        }
    }

    private function getEventFromTypeDeclaration(ContainerBuilder $container, string $id, string $method): string
    {
        $r = $container->getReflectionClass($container->getDefinition($id)->getClass() ?? $id, false);
        $type = $r?->hasMethod($method) ? ($r->getMethod($method)->getParameters()[0] ?? null)?->getType() : null;
        if (!$type instanceof \ReflectionNamedType || $type->isBuiltin()) {
            throw new \InvalidArgumentException(sprintf('Service "%s" must define the "event" attribute on "kernel.event_listener" tags.', $id));
        }

        return $type->getName();
    }
}
