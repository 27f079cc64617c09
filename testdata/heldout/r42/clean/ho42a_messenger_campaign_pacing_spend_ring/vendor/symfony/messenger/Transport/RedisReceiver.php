<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

/**
 * Stand-in for the Redis Streams receiver: each get() reads the next
 * entry of the stream and decodes it with the transport serializer.
 */
final class RedisReceiver
{
    private int $cursor = 0;

    /**
     * @param \Closure(int): ?string $stream entry body by stream position, null at the end
     * @param \Closure(string): object $decode
     */
    public function __construct(private readonly \Closure $stream, private readonly \Closure $decode)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        $body = ($this->stream)($this->cursor);
        if ($body === null) {
            return [];
        }
        $this->cursor++;

        return [new Envelope(($this->decode)($body))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
