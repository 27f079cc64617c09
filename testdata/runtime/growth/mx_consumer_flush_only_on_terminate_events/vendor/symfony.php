<?php
// Stand-ins for symfony/event-dispatcher, symfony/messenger and the event
// name constants of symfony/http-kernel and symfony/console.

namespace Symfony\Component\HttpKernel {
    final class KernelEvents
    {
        public const TERMINATE = 'kernel.terminate';
    }
}

namespace Symfony\Component\Console {
    final class ConsoleEvents
    {
        public const TERMINATE = 'console.terminate';
    }
}

namespace Symfony\Component\EventDispatcher {
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

        public function dispatch(object $event, ?string $name = null): object
        {
            foreach ($this->listeners[$name ?? $event::class] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
    }
}

namespace Symfony\Component\Messenger\Event {
    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly object $message)
        {
        }
    }

    final class WorkerMessageFailedEvent
    {
        public function __construct(public readonly object $message, public readonly \Throwable $error)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

    // messenger:consume's worker: takes messages from the receiver and
    // hands each to the handler of its class, until the receiver is dry
    final class Worker
    {
        public function __construct(private \Closure $receiver, private array $handlers, private EventDispatcher $dispatcher)
        {
        }

        public function run(): void
        {
            while (($message = ($this->receiver)()) !== null) {
                try {
                    ($this->handlers[$message::class])($message);
                    $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message));
                } catch (\Throwable $e) {
                    $this->dispatcher->dispatch(new WorkerMessageFailedEvent($message, $e));
                }
            }
        }
    }
}
