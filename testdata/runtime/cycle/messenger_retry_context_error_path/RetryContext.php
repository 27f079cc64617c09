<?php

final class RetryContext
{
    /** @var list<string> */
    public array $history = [];

    public function __construct(
        public ?Envelope $envelope, // leak
        public int $attempt = 0,
    ) {}

    public function release(): void
    {
        if ($this->envelope !== null) {
            $this->envelope->retry = null;
            $this->envelope = null;
        }
    }
}
