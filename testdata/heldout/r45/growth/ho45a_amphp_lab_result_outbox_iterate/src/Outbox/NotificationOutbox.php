<?php

declare(strict_types=1);

namespace LabPortal\Outbox;

use LabPortal\Delivery\PatientNotifier;
use LabPortal\Domain\LabResultNotice;
use Psr\Log\LoggerInterface;

/**
 * Patient notifications waiting to go out. Anything the carrier rejects stays
 * queued and is retried on the next flush.
 */
final class NotificationOutbox
{
    private \SplQueue $pending;
    private int $clock = 0;

    public function __construct(
        private readonly PatientNotifier $notifier,
        private readonly LoggerInterface $logger,
    ) {
        $this->pending = new \SplQueue();
        // deliver in arrival order
        $this->pending->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO);
    }

    public function enqueue(LabResultNotice $notice): void
    {
        $this->pending->enqueue($notice); // leak
    }

    public function flush(): int
    {
        $sent = 0;
        $deferred = [];
        foreach ($this->pending as $notice) {
            if ($notice->isDelivered()) {
                continue;
            }
            if ($this->notifier->deliver($notice)) {
                $notice->markDelivered(sprintf('t+%d', ++$this->clock));
                $sent++;
            } else {
                $deferred[] = $notice;
            }
        }
        foreach ($deferred as $notice) {
            $this->logger->info('Lab notice deferred', ['accession' => $notice->accession]);
            $this->pending->enqueue($notice);
        }
        return $sent;
    }

    public function backlog(): int
    {
        return $this->pending->count();
    }
}
