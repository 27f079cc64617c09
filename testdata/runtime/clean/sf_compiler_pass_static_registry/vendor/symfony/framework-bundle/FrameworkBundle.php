<?php

namespace Symfony\Bundle\FrameworkBundle;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Bundle\FrameworkBundle\Routing\Router;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\DependencyInjection\Argument\TaggedIteratorArgument;
use Symfony\Component\DependencyInjection\Compiler\PassConfig;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Definition;
use Symfony\Component\DependencyInjection\Reference;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\EventDispatcher\DependencyInjection\RegisterListenersPass;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Attribute\AsController;
use Symfony\Component\HttpKernel\Bundle\Bundle;
use Symfony\Component\HttpKernel\CacheWarmer\CacheWarmerAggregate;
use Symfony\Component\HttpKernel\CacheWarmer\CacheWarmerInterface;
use Symfony\Component\HttpKernel\Controller\ArgumentResolver;
use Symfony\Component\HttpKernel\Controller\ContainerControllerResolver;
use Symfony\Component\HttpKernel\DependencyInjection\ResettableServicePass;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\HttpKernel\EventListener\RouterListener;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\DependencyInjection\MessengerPass;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\Handler\MessageHandlerInterface;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Contracts\EventDispatcher\EventDispatcherInterface as ContractsEventDispatcherInterface;
use Symfony\Contracts\Service\ResetInterface;

/**
 * Stand-in: what FrameworkExtension and the bundle's compiler passes register, reduced to what these apps use.
 */
class FrameworkBundle extends Bundle
{
    public function build(ContainerBuilder $container)
    {
        $container->register('event_dispatcher', EventDispatcher::class)->setPublic(true);
        $container->setAlias(EventDispatcherInterface::class, 'event_dispatcher');
        $container->setAlias(ContractsEventDispatcherInterface::class, 'event_dispatcher');
        $container->registerForAutoconfiguration(EventSubscriberInterface::class)->addTag('kernel.event_subscriber');
        $container->registerAttributeForAutoconfiguration(AsEventListener::class, static function (Definition $definition, AsEventListener $attribute, \ReflectionClass|\ReflectionMethod $reflector): void {
            $tagAttributes = get_object_vars($attribute);
            if ($reflector instanceof \ReflectionMethod) {
                if (isset($tagAttributes['method'])) {
                    throw new \LogicException(sprintf('AsEventListener attribute cannot declare a method on "%s::%s()".', $reflector->class, $reflector->name));
                }
                $tagAttributes['method'] = $reflector->getName();
            }
            $definition->addTag('kernel.event_listener', array_filter($tagAttributes, fn ($v) => null !== $v));
        });
        $container->addCompilerPass(new RegisterListenersPass(), PassConfig::TYPE_BEFORE_REMOVING);

        $container->register('services_resetter', ServicesResetter::class)->setPublic(true);
        $container->registerForAutoconfiguration(ResetInterface::class)->addTag('kernel.reset', ['method' => 'reset']);
        $container->addCompilerPass(new ResettableServicePass(), PassConfig::TYPE_BEFORE_OPTIMIZATION, -32);

        $container->register('cache_warmer', CacheWarmerAggregate::class)->setArguments([new TaggedIteratorArgument('kernel.cache_warmer')]);
        $container->registerForAutoconfiguration(CacheWarmerInterface::class)->addTag('kernel.cache_warmer');

        $container->register('controller_resolver', ContainerControllerResolver::class)->setArguments([new Reference('service_container')]);
        $container->register('argument_resolver', ArgumentResolver::class);
        $container->register('http_kernel', HttpKernel::class)->setPublic(true)
            ->setArguments([new Reference('event_dispatcher'), new Reference('controller_resolver'), null, new Reference('argument_resolver')]);

        if (class_exists(Router::class) && class_exists(\Symfony\Component\Routing\RouteCollection::class)) {
            $container->register('router', Router::class)->setArguments([new Reference('service_container')]);
            $container->register('router_listener', RouterListener::class)->setArguments([new Reference('router')])->addTag('kernel.event_subscriber');
            $container->registerForAutoconfiguration(AbstractController::class)
                ->addTag('controller.service_arguments')
                ->addMethodCall('setContainer', [new Reference('service_container')]);
            $container->registerAttributeForAutoconfiguration(AsController::class, static function (Definition $definition, AsController $attribute): void {
                $definition->addTag('controller.service_arguments');
            });
        }

        if (class_exists(MessageBus::class)) {
            $container->register('messenger.bus.default', MessageBus::class)->setPublic(true)
                ->setArguments([[new Reference('messenger.bus.default.middleware.handle_message')]]);
            $container->register('messenger.bus.default.middleware.handle_message', HandleMessageMiddleware::class)
                ->setArguments([new Reference('messenger.bus.default.messenger.handlers_locator')]);
            $container->setAlias(MessageBusInterface::class, 'messenger.bus.default');
            $container->registerAttributeForAutoconfiguration(AsMessageHandler::class, static function (Definition $definition, AsMessageHandler $attribute, \ReflectionClass|\ReflectionMethod $reflector): void {
                $tagAttributes = get_object_vars($attribute);
                $tagAttributes['from_transport'] = $tagAttributes['fromTransport'];
                unset($tagAttributes['fromTransport']);
                if ($reflector instanceof \ReflectionMethod) {
                    $tagAttributes['method'] = $reflector->getName();
                }
                $definition->addTag('messenger.message_handler', array_filter($tagAttributes, fn ($v) => null !== $v));
            });
            if (interface_exists(MessageHandlerInterface::class)) {
                $container->registerForAutoconfiguration(MessageHandlerInterface::class)->addTag('messenger.message_handler');
            }
            $container->register('messenger.listener.reset_services', ResetServicesListener::class)
                ->setArguments([new Reference('services_resetter')])->addTag('kernel.event_subscriber');
            $container->addCompilerPass(new MessengerPass());
        }

        if (class_exists(Command::class)) {
            $container->registerForAutoconfiguration(Command::class)->addTag('console.command');
        }
    }
}
