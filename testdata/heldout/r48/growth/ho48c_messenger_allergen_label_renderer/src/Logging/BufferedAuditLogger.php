<?php

namespace App\Logging;

use Symfony\Contracts\Service\ResetInterface;

// Monolog-BufferHandler-like audit log: buffered per message, flushed by kernel.reset.
final class BufferedAuditLogger implements ResetInterface
{
    private array $buffer = [];

    private int $flushed = 0;

    public function __construct(private string $channel)
    {
    }

    public function info(string $message, array $context = []): void
    {
        $this->buffer[] = [$this->channel, $message, $context];
    }

    public function reset(): void
    {
        $this->flushed += count($this->buffer);
        $this->buffer = [];
    }
}
