<?php

declare(strict_types=1);

namespace App\Kafka;

use KafkaLite\Message;
use KafkaLite\Producer;
use Throwable;

final class DeadLetterPublisher
{
    public function __construct(
        private readonly Producer $producer,
        private readonly string $suffix = '.dlq',
    ) {
    }

    public function publish(Message $message, Throwable $reason): void
    {
        $this->producer->produce($message->topic . $this->suffix, $message->key, $message->payload, $message->headers + [
            'x-dlq-reason' => $reason::class,
            'x-dlq-message' => $reason->getMessage(),
            'x-original-offset' => (string) $message->offset,
        ]);
    }
}
