<?php

declare(strict_types=1);

namespace Symfony\Contracts\Service {
    interface ResetInterface
    {
        public function reset(): void;
    }
}

namespace Symfony\Component\DependencyInjection {
    /** Compiled-container stand-in: shared services built on first get(). */
    final class Container
    {
        private array $services = [];

        public function __construct(private array $factories) {}

        public function get(string $id): object
        {
            return $this->services[$id] ??= ($this->factories[$id])($this);
        }

        public function initialized(string $id): bool
        {
            return isset($this->services[$id]);
        }
    }
}

namespace Symfony\Component\HttpKernel\DependencyInjection {
    use Symfony\Component\DependencyInjection\Container;

    /** Resets the already built services tagged kernel.reset. */
    final class ServicesResetter
    {
        public function __construct(private Container $container, private array $resetMethods) {}

        public function reset(): void
        {
            foreach ($this->resetMethods as $id => $method) {
                $this->container->initialized($id) && $this->container->get($id)->$method();
            }
        }
    }
}

namespace Symfony\Component\Messenger {
    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly object $message, public readonly string $receiverName) {}
    }

    final class Worker
    {
        private array $handledListeners = [];

        public function __construct(private iterable $receiver, private array $handlers, private string $receiverName) {}

        public function onMessageHandled(\Closure $listener): void
        {
            $this->handledListeners[] = $listener;
        }

        public function run(): void
        {
            foreach ($this->receiver as $message) {
                ($this->handlers[$message::class])($message);
                $event = new WorkerMessageHandledEvent($message, $this->receiverName);
                array_map(fn (\Closure $listener) => $listener($event), $this->handledListeners);
            }
        }
    }
}
