<?php

declare(strict_types=1);

namespace App\Transport;

final class MqttBridge
{
    private int $published = 0;
    private int $bytes = 0;

    public function __construct(private readonly string $topicPrefix)
    {
    }

    public function publish(string $deviceId, string $message, int $qos = 1): void
    {
        $topic = $this->topicPrefix . '/' . $deviceId . '/cmd';
        $this->published++;
        $this->bytes += \strlen($topic) + \strlen($message);
    }
}
