<?php

namespace Acme\Queue;

/** Stand-in for a queue library: a transport polling a producer. */
final class CallbackTransport
{
    private int $seq = 0;

    public function __construct(private \Closure $producer)
    {
    }

    public function next(): ?object
    {
        return ($this->producer)($this->seq++);
    }
}

/** Stand-in for the library's consumer loop: a failed message is logged and skipped. */
final class Consumer
{
    public int $failed = 0;

    public function __construct(private CallbackTransport $transport, private array $handlers)
    {
    }

    public function run(): void
    {
        while (($message = $this->transport->next()) !== null) {
            try {
                ($this->handlers[$message::class])($message);
            } catch (\Throwable) {
                $this->failed++;
            }
        }
    }
}
