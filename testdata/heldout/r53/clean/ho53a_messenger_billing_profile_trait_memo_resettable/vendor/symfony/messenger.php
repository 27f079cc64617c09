<?php
// Stand-ins for the parts of symfony/messenger, event-dispatcher and
// http-kernel's ServicesResetter that a messenger:consume worker runs.

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        private array $stamps = [];

        public function __construct(private object $message)
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function with(object $stamp): self
        {
            $clone = clone $this;
            $clone->stamps[$stamp::class][] = $stamp;
            return $clone;
        }
    }

    final class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return iterable<callable> */
        public function getHandlers(Envelope $envelope): iterable
        {
            return $this->handlers[$envelope->getMessage()::class] ?? [];
        }
    }

    final class MessageBus
    {
        public function __construct(private HandlersLocator $locator)
        {
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            foreach ($this->locator->getHandlers($envelope) as $handler) {
                $handler($envelope->getMessage());
            }
            return $envelope;
        }
    }

    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, Transport\ReceiverInterface> $receivers */
        public function __construct(
            private array $receivers,
            private MessageBus $bus,
            private \Symfony\Component\EventDispatcher\EventDispatcher $dispatcher,
        ) {
        }

        public function run(): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receivers as $name => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $handled = true;
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $this->dispatcher->dispatch(new Event\WorkerMessageHandledEvent($envelope, $name));
                    }
                }
                $this->dispatcher->dispatch(new Event\WorkerRunningEvent($this, !$handled));
                if (!$handled) {
                    $this->stop();
                }
            }
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}

namespace Symfony\Component\Messenger\Transport {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }
}

namespace Symfony\Component\Messenger\Event {
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
        {
        }
    }

    final class WorkerRunningEvent
    {
        public function __construct(private Worker $worker, private bool $isWorkerIdle)
        {
        }

        public function isWorkerIdle(): bool
        {
            return $this->isWorkerIdle;
        }
    }
}

namespace Symfony\Component\EventDispatcher {
    final class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener): void
        {
            $this->listeners[$eventName][] = $listener;
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\HttpKernel\DependencyInjection {
    final class ServicesResetter
    {
        /** @param array<string, object> $resettableServices */
        public function __construct(private array $resettableServices)
        {
        }

        public function reset(): void
        {
            foreach ($this->resettableServices as $service) {
                $service->reset();
            }
        }
    }
}

namespace Symfony\Component\Messenger\EventListener {
    use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

    final class ResetServicesListener
    {
        public function __construct(private ServicesResetter $servicesResetter)
        {
        }

        public function resetServices(WorkerMessageHandledEvent $event): void
        {
            $this->servicesResetter->reset();
        }
    }
}

namespace Symfony\Component\DependencyInjection {
    use Symfony\Contracts\Service\ResetInterface;

    /** Compiled-container stand-in: services are built once per worker process. */
    final class Container
    {
        private array $services = [];
        private array $factories = [];

        public function set(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function get(string $id): object
        {
            return $this->services[$id] ??= ($this->factories[$id])($this);
        }

        /**
         * What autoconfiguration does at compile time: every service whose
         * class implements ResetInterface gets the kernel.reset tag.
         *
         * @return array<string, object>
         */
        public function taggedKernelReset(): array
        {
            $tagged = [];
            foreach (array_keys($this->factories) as $id) {
                if (is_subclass_of($id, ResetInterface::class)) {
                    $tagged[$id] = $this->get($id);
                }
            }
            return $tagged;
        }
    }
}
