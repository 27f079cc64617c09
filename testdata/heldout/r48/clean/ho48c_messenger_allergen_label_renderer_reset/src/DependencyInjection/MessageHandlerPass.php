<?php

namespace App\DependencyInjection;

use Symfony\Component\DependencyInjection\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Reference;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\MessageBus;

// Compile time: finds #[AsMessageHandler] services and maps message class => handlers.
final class MessageHandlerPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        $handlers = [];
        foreach ($container->getDefinitions() as $id => $definition) {
            $class = new \ReflectionClass($definition->class);
            if ($class->getAttributes(AsMessageHandler::class) === []) {
                continue;
            }
            $message = $class->getMethod('__invoke')->getParameters()[0]->getType()->getName();
            $handlers[$message][] = new Reference($id);
        }
        $container->register(MessageBus::class)->setArgument(0, $handlers);
    }
}
