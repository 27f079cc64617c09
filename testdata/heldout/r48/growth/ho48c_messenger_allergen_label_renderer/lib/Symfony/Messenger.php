<?php

namespace Symfony\Component\Messenger\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
final class AsMessageHandler
{
    public function __construct(public ?string $fromTransport = null, public ?string $handles = null)
    {
    }
}

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerRunningEvent
{
    public function __construct(public readonly bool $isWorkerIdle)
    {
    }
}

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

namespace Symfony\Component\HttpKernel\DependencyInjection;

// Calls the reset method of every service tagged kernel.reset.
class ServicesResetter
{
    /** @param array<string, object> $resettableServices @param array<string, string> $resetMethods */
    public function __construct(private array $resettableServices, private array $resetMethods)
    {
    }

    public function reset(): void
    {
        foreach ($this->resettableServices as $id => $service) {
            $service->{$this->resetMethods[$id]}();
        }
    }
}

final class ResettableServicePass implements \Symfony\Component\DependencyInjection\CompilerPassInterface
{
    public function process(\Symfony\Component\DependencyInjection\ContainerBuilder $container): void
    {
        $services = $methods = [];
        foreach ($container->findTaggedServiceIds('kernel.reset') as $id => $tags) {
            $services[$id] = new \Symfony\Component\DependencyInjection\Reference($id);
            $methods[$id] = $tags[0]['method'] ?? 'reset';
        }
        $container->register('services_resetter', ServicesResetter::class)
            ->setArgument(0, $services)
            ->setArgument(1, $methods);
    }
}

namespace Symfony\Component\Messenger\EventListener;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

// Symfony 5.4+: resets every kernel.reset service after each handled message.
final class ResetServicesListener implements EventSubscriberInterface
{
    public function __construct(private ServicesResetter $servicesResetter)
    {
    }

    public function resetServices(WorkerMessageHandledEvent $event): void
    {
        $this->servicesResetter->reset();
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerMessageHandledEvent::class => 'resetServices'];
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

final class Worker
{
    public function __construct(
        private ReceiverInterface $receiver,
        private MessageBus $bus,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(int $limit): void
    {
        $handled = 0;
        while ($handled < $limit) {
            foreach ($this->receiver->get() as $envelope) {
                $this->bus->dispatch($envelope);
                $this->receiver->ack($envelope);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, 'labels'));
                ++$handled;
            }
        }
    }
}
