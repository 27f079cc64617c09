<?php

declare(strict_types=1);

namespace App\Consumer;

use App\Kafka\DeadLetterPublisher;
use App\Kafka\InFlightTracker;
use KafkaLite\Consumer;
use KafkaLite\Message;
use RuntimeException;

final class UnsupportedSchema extends RuntimeException
{
}

final class ShipmentStatusHandler
{
    /** @var array<string, int> */
    private array $statusCounts = [];

    public function handle(Message $message): void
    {
        $data = json_decode($message->payload, true, 16, JSON_THROW_ON_ERROR);
        if (($data['schema'] ?? 0) !== 2) {
            throw new UnsupportedSchema(sprintf('schema %d not supported', $data['schema'] ?? 0));
        }

        $status = in_array($data['status'], ['created', 'shipped', 'delivered'], true) ? $data['status'] : 'other';
        $this->statusCounts[$status] = ($this->statusCounts[$status] ?? 0) + 1;
    }
}

final class ShipmentStatusConsumer
{
    public function __construct(
        private readonly Consumer $consumer,
        private readonly ShipmentStatusHandler $handler,
        private readonly InFlightTracker $tracker,
        private readonly DeadLetterPublisher $deadLetters,
    ) {
    }

    public function pollOnce(): void
    {
        $message = $this->consumer->consume(1000);
        $this->tracker->begin($message);

        try {
            $this->handler->handle($message);
            $this->consumer->commit($message);
        } catch (UnsupportedSchema $e) {
            $this->deadLetters->publish($message, $e);
            $this->consumer->commit($message);
        } finally {
            $this->tracker->release($message);
        }
    }
}
