<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStoppedEvent;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return list<callable> */
    public function getHandlers(Envelope $envelope): array
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private HandlersLocator $handlers,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(array $options = []): void
    {
        $sleep = $options['sleep'] ?? 1000000;
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    foreach ($this->handlers->getHandlers($envelope) as $handler) {
                        $handler($envelope->getMessage());
                    }
                    $receiver->ack($envelope);
                    $this->dispatcher->dispatch(new WorkerRunningEvent($this, false));
                    if ($this->shouldStop) {
                        break 2;
                    }
                }
            }
            if (!$envelopeHandled) {
                $this->dispatcher->dispatch(new WorkerRunningEvent($this, true));
                usleep($sleep);
            }
        }
        $this->dispatcher->dispatch(new WorkerStoppedEvent($this));
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
