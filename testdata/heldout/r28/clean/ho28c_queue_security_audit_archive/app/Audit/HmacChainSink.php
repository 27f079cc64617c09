<?php

namespace App\Audit;

/** Tamper-evident sink: each line is chained into an HMAC over the previous one. */
final class HmacChainSink
{
    private string $head;
    private int $lines = 0;

    public function __construct(private string $name, private string $key)
    {
        $this->head = hash('sha256', $name);
    }

    public function write(string $line): void
    {
        $this->head = hash_hmac('sha256', $this->head . "\n" . $line, $this->key);
        ++$this->lines;
    }
}
