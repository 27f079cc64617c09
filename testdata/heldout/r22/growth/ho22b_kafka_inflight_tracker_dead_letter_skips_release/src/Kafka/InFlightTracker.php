<?php

declare(strict_types=1);

namespace App\Kafka;

use KafkaLite\Message;
use SplObjectStorage;

/**
 * Keeps the messages currently being processed so that a rebalance callback
 * can tell which partitions still have work in flight.
 */
final class InFlightTracker
{
    /** @var SplObjectStorage<Message, int> */
    private SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new SplObjectStorage();
    }

    public function begin(Message $message): void
    {
        $this->inFlight->attach($message, hrtime(true)); // leak
    }

    public function release(Message $message): void
    {
        $this->inFlight->detach($message);
    }

    /** @return list<int> */
    public function busyPartitions(): array
    {
        $partitions = [];
        foreach ($this->inFlight as $message) {
            $partitions[$message->partition] = true;
        }

        return array_keys($partitions);
    }
}
