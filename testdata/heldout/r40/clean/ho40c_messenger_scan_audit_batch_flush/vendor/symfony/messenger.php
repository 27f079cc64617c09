<?php

namespace Symfony\Component\Messenger {

    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;
    use Symfony\Component\Messenger\Event\WorkerStoppedEvent;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

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

    class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(
            private array $receivers,
            private MessageBus $bus,
            private ?EventDispatcher $eventDispatcher = null,
        ) {
        }

        public function run(array $options = []): void
        {
            $sleep = $options['sleep'] ?? 1000000;
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $transportName => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $envelopeHandled = true;
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
                        $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, false));
                        if ($this->shouldStop) {
                            break 2;
                        }
                    }
                    if ($envelopeHandled) {
                        break;
                    }
                }
                if (!$envelopeHandled) {
                    $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, true));
                    usleep($sleep);
                }
            }
            $this->eventDispatcher?->dispatch(new WorkerStoppedEvent($this));
        }

        public function stop(): void
        {
            $this->shouldStop = true;
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

        public function getWorker(): Worker
        {
            return $this->worker;
        }

        public function isWorkerIdle(): bool
        {
            return $this->isWorkerIdle;
        }
    }

    final class WorkerStoppedEvent
    {
        public function __construct(public readonly Worker $worker)
        {
        }
    }
}

namespace Symfony\Component\Messenger\EventListener {

    use Symfony\Component\EventDispatcher\EventSubscriberInterface;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    final class StopWorkerOnMessageLimitListener implements EventSubscriberInterface
    {
        private int $receivedMessages = 0;

        public function __construct(private int $maximumNumberOfMessages)
        {
        }

        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if (!$event->isWorkerIdle() && ++$this->receivedMessages >= $this->maximumNumberOfMessages) {
                $this->receivedMessages = 0;
                $event->getWorker()->stop();
            }
        }

        public static function getSubscribedEvents(): array
        {
            return [WorkerRunningEvent::class => 'onWorkerRunning'];
        }
    }
}
