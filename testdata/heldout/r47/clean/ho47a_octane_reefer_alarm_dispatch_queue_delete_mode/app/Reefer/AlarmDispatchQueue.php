<?php

declare(strict_types=1);

namespace App\Reefer;

/**
 * Alarms raised while a request is handled, sent to the reefer desk once the
 * reading is stored.
 */
final class AlarmDispatchQueue
{
    private \SplQueue $queue;

    public function __construct(private readonly AlarmChannel $channel)
    {
        $this->queue = new \SplQueue();
        // iterate destructively: each alarm leaves the queue as it is sent
        $this->queue->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function push(ReeferAlarm $alarm): void
    {
        $this->queue->enqueue($alarm);
    }

    public function dispatchPending(): int
    {
        $sent = 0;
        foreach ($this->queue as $alarm) {
            $this->channel->send($alarm);
            $sent++;
        }

        return $sent;
    }
}
