<?php
// Stand-in for Symfony\Component\Messenger\Worker::run(): the loop behind
// `bin/console messenger:consume async_housekeeping`.

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStoppedEvent;

final class Worker
{
    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private readonly array $receivers,
        private readonly MessageBus $bus,
        private readonly EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        do {
            $handled = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $handled = true;
                    $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $name));
                    try {
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                    } catch (\Throwable $e) {
                        $this->dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $name, $e));
                    }
                }
            }
            $this->dispatcher->dispatch(new WorkerRunningEvent(!$handled));
        } while ($handled);

        $this->dispatcher->dispatch(new WorkerStoppedEvent());
    }
}
