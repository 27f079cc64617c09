<?php

namespace Illuminate\Bus;

trait Queueable
{
    public ?string $connection = null;
    public ?string $queue = null;
    public int $tries = 3;

    public function onQueue(?string $queue): static
    {
        $this->queue = $queue;

        return $this;
    }
}
