<?php

declare(strict_types=1);

// Stand-ins for the few Symfony components the consumer uses.

namespace Symfony\Contracts\Service {
    interface ResetInterface
    {
        public function reset(): void;
    }
}

namespace Symfony\Component\DependencyInjection {
    use Psr\Container\ContainerInterface;

    class ServiceLocator implements ContainerInterface
    {
        private array $resolved = [];

        /** @param array<string, \Closure> $factories */
        public function __construct(private array $factories)
        {
        }

        public function has(string $id): bool
        {
            return isset($this->factories[$id]);
        }

        public function get(string $id): mixed
        {
            return $this->resolved[$id] ??= ($this->factories[$id])($this);
        }

        /** @return iterable<string, object> services instantiated so far */
        public function initialized(): iterable
        {
            return $this->resolved;
        }
    }
}

namespace Psr\Container {
    interface ContainerInterface
    {
        public function get(string $id): mixed;

        public function has(string $id): bool;
    }
}

namespace Symfony\Component\HttpKernel\DependencyInjection {
    use Symfony\Component\DependencyInjection\ServiceLocator;
    use Symfony\Contracts\Service\ResetInterface;

    class ServicesResetter implements ResetInterface
    {
        public function __construct(private ServiceLocator $services)
        {
        }

        public function reset(): void
        {
            foreach ($this->services->initialized() as $service) {
                if ($service instanceof ResetInterface) {
                    $service->reset();
                }
            }
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
        {
        }
    }

    final class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            ($this->handlers[$envelope->message::class])($envelope->message);
            return $envelope;
        }
    }

    /** messenger:consume — pulls envelopes until the limit is reached. */
    final class Worker
    {
        private int $handled = 0;

        public function __construct(
            private array $receivers,
            private MessageBus $bus,
            private EventDispatcher $dispatcher,
        ) {
        }

        public function run(int $limit): void
        {
            while ($this->handled < $limit) {
                foreach ($this->receivers as $name => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                        $this->handled++;
                    }
                }
            }
        }
    }
}
