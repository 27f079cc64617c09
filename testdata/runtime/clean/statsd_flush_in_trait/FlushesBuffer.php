<?php

trait FlushesBuffer
{
    /** @var list<string> */
    private array $pending = [];
    private int $packets = 0;

    public function flush(): void
    {
        if ($this->pending !== []) {
            $this->packets++;
            $this->pending = [];
        }
    }
}
