<?php

final class Worker
{
    private int $failed = 0;

    public function __construct(private Closure $handler) {}

    public function receive(Envelope $envelope): void
    {
        $envelope->retry = new RetryContext($envelope); // leak
        try {
            ($this->handler)($envelope);
            $envelope->retry->history[] = 'handled at ' . microtime(true);
        } catch (Throwable $e) {
            $this->failed++;
            $envelope->retry->release();
        }
    }
}
