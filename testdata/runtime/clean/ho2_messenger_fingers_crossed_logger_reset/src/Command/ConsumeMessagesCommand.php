<?php

namespace App\Command;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/**
 * messenger:consume reduced to its options handling.
 */
final class ConsumeMessagesCommand
{
    public function __construct(
        private MessageBusInterface $bus,
        private EventDispatcher $dispatcher,
        private ServicesResetter $resetter,
    ) {
    }

    /**
     * @param array<string, ReceiverInterface> $receivers
     */
    public function execute(array $receivers, array $options): int
    {
        if (!($options['no-reset'] ?? false)) {
            $this->dispatcher->addSubscriber(new ResetServicesListener($this->resetter));
        }

        $worker = new Worker($receivers, $this->bus, $this->dispatcher);
        $worker->run(['limit' => $options['limit'] ?? null]);

        return 0;
    }
}
