<?php

namespace Illuminate\Bus;

trait Queueable
{
    public ?string $connection = null;

    public ?string $queue = null;

    public int|null $delay = null;

    public function onConnection(?string $connection): static
    {
        $this->connection = $connection;

        return $this;
    }

    public function onQueue(?string $queue): static
    {
        $this->queue = $queue;

        return $this;
    }
}
