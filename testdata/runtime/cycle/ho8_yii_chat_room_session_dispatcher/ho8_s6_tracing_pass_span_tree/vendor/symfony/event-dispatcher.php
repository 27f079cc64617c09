<?php
// Stand-in for symfony/event-dispatcher: the dispatcher and the pass that turns kernel.event_listener tags into listeners.
namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $eventName, callable|array $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][$priority][] = $listener;
            krsort($this->listeners[$eventName]);
        }

        public function dispatch(object $event, string $eventName): object
        {
            foreach (array_merge(...array_values($this->listeners[$eventName] ?? [[]])) as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\EventDispatcher\DependencyInjection {
    use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
    use Symfony\Component\DependencyInjection\{ContainerBuilder, Reference};

    class RegisterListenersPass implements CompilerPassInterface
    {
        public function process(ContainerBuilder $container): void
        {
            foreach ($container->findTaggedServiceIds('kernel.event_listener') as $id => $tags) {
                foreach ($tags as $tag) {
                    $container->getDefinition('event_dispatcher')->addMethodCall('addListener', [$tag['event'], [new Reference($id), $tag['method'] ?? '__invoke'], $tag['priority'] ?? 0]);
                }
            }
        }
    }
}
