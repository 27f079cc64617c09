<?php

final class LogWorker
{
    /** @var list<string> */
    private array $buffer = [];

    public function __construct(private Shipper $shipper) {}

    public function handle(string $line): void
    {
        $this->buffer[] = $line;
        if (count($this->buffer) >= 25) {
            $this->shipper->ship($this);
        }
    }

    /** @return list<string> */
    public function drainBuffer(): array
    {
        $lines = $this->buffer;
        $this->buffer = [];
        return $lines;
    }
}
