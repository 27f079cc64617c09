<?php
namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $handles = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {
    interface StampInterface
    {
    }

    final class ReceivedStamp implements StampInterface
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }

    final class HandledStamp implements StampInterface
    {
        public function __construct(public readonly mixed $result, public readonly string $handlerName)
        {
        }
    }

    final class TransportMessageIdStamp implements StampInterface
    {
        public function __construct(public readonly int|string $id)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Stamp\StampInterface;

    final class Envelope
    {
        /** @var array<class-string, list<StampInterface>> */
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public static function wrap(object $message, array $stamps = []): self
        {
            $envelope = $message instanceof self ? $message : new self($message);
            return $envelope->with(...$stamps);
        }

        public function with(StampInterface ...$stamps): static
        {
            $cloned = clone $this;
            foreach ($stamps as $stamp) {
                $cloned->stamps[$stamp::class][] = $stamp;
            }
            return $cloned;
        }

        public function last(string $stampFqcn): ?StampInterface
        {
            return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }
}

namespace Symfony\Component\Messenger\Handler {
    final class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return iterable<callable> */
        public function getHandlers(object $message): iterable
        {
            return $this->handlers[$message::class] ?? [];
        }
    }
}

namespace Symfony\Component\Messenger\Middleware {
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Handler\HandlersLocator;
    use Symfony\Component\Messenger\Stamp\HandledStamp;

    interface MiddlewareInterface
    {
        public function handle(Envelope $envelope, StackInterface $stack): Envelope;
    }

    interface StackInterface
    {
        public function next(): MiddlewareInterface;
    }

    final class StackMiddleware implements MiddlewareInterface, StackInterface
    {
        private int $offset = 0;

        /** @param MiddlewareInterface[] $middleware */
        public function __construct(private array $middleware = [])
        {
        }

        public function next(): MiddlewareInterface
        {
            return $this->middleware[$this->offset++] ?? $this;
        }

        public function handle(Envelope $envelope, StackInterface $stack): Envelope
        {
            return $envelope;
        }
    }

    final class HandleMessageMiddleware implements MiddlewareInterface
    {
        public function __construct(private HandlersLocator $handlersLocator)
        {
        }

        public function handle(Envelope $envelope, StackInterface $stack): Envelope
        {
            $message = $envelope->getMessage();
            foreach ($this->handlersLocator->getHandlers($message) as $handler) {
                $result = $handler($message);
                $envelope = $envelope->with(new HandledStamp($result, is_object($handler) ? $handler::class : 'closure'));
            }
            return $stack->next()->handle($envelope, $stack);
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
    use Symfony\Component\Messenger\Middleware\StackMiddleware;

    final class MessageBus implements MessageBusInterface
    {
        /** @param MiddlewareInterface[] $middlewareHandlers */
        public function __construct(private iterable $middlewareHandlers = [])
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = Envelope::wrap($message, $stamps);
            $middleware = is_array($this->middlewareHandlers) ? $this->middlewareHandlers : iterator_to_array($this->middlewareHandlers);
            $stack = new StackMiddleware($middleware);
            return $stack->next()->handle($envelope, $stack);
        }
    }
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;
        public function ack(Envelope $envelope): void;
        public function reject(Envelope $envelope): void;
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
        public function __construct(public readonly Worker $worker, public readonly bool $isWorkerIdle)
        {
        }
    }
}

namespace Symfony\Component\Messenger\EventListener {
    use Symfony\Component\EventDispatcher\EventSubscriberInterface;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    final class StopWorkerOnMessageLimitListener implements EventSubscriberInterface
    {
        private int $receivedMessages = 0;

        public function __construct(private int $maximumNumberOfMessages)
        {
        }

        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if (!$event->isWorkerIdle && ++$this->receivedMessages >= $this->maximumNumberOfMessages) {
                $this->receivedMessages = 0;
                $event->worker->stop();
            }
        }

        public static function getSubscribedEvents(): array
        {
            return [WorkerRunningEvent::class => 'onWorkerRunning'];
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;
    use Symfony\Component\Messenger\Stamp\ReceivedStamp;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(
            private array $receivers,
            private MessageBusInterface $bus,
            private ?EventDispatcher $eventDispatcher = null,
        ) {
        }

        public function run(array $options = []): void
        {
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $transportName => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $envelopeHandled = true;
                        $this->handleMessage($envelope, $transportName, $receiver);
                        $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, false));
                        if ($this->shouldStop) {
                            break 2;
                        }
                    }
                }
                if (!$envelopeHandled) {
                    $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, true));
                    if (!$this->shouldStop) {
                        $this->stop();
                    }
                }
            }
        }

        private function handleMessage(Envelope $envelope, string $transportName, ReceiverInterface $receiver): void
        {
            try {
                $envelope = $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
            } catch (\Throwable $e) {
                $receiver->reject($envelope);
                return;
            }
            $receiver->ack($envelope);
            $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}
