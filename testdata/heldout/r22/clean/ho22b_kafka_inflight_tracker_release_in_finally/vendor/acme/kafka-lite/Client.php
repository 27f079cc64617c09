<?php

declare(strict_types=1);

namespace KafkaLite;

final class Message
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $topic,
        public readonly int $partition,
        public readonly int $offset,
        public readonly ?string $key,
        public readonly string $payload,
        public readonly array $headers,
    ) {
    }
}

/** Test stand-in for a high-level consumer: produces a synthetic stream. */
final class Consumer
{
    private int $offset = 0;
    private int $committed = -1;

    public function __construct(private readonly string $topic)
    {
    }

    public function consume(int $timeoutMs): Message
    {
        $offset = $this->offset++;
        $version = $offset % 2 === 0 ? 2 : 1;
        $body = json_encode([
            'schema' => $version,
            'order_id' => sprintf('ord_%09d', $offset),
            'status' => 'shipped',
            'carrier' => 'dhl',
            'tracking' => str_repeat(sprintf('%09d', $offset), 40),
        ], JSON_THROW_ON_ERROR);

        return new Message($this->topic, $offset % 3, $offset, sprintf('ord_%09d', $offset), $body, [
            'content-type' => 'application/json',
            'schema-version' => (string) $version,
        ]);
    }

    public function commit(Message $message): void
    {
        $this->committed = max($this->committed, $message->offset);
    }
}

final class Producer
{
    private int $produced = 0;

    /** @param array<string, string> $headers */
    public function produce(string $topic, ?string $key, string $payload, array $headers = []): void
    {
        $this->produced++;
    }
}
