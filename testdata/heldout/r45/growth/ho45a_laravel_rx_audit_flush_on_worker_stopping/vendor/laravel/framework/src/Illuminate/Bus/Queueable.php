<?php

declare(strict_types=1);

namespace Illuminate\Bus;

trait Queueable
{
    public ?string $connection = null;
    public ?string $queue = null;

    public function onQueue(?string $queue): static
    {
        $this->queue = $queue;
        return $this;
    }
}
