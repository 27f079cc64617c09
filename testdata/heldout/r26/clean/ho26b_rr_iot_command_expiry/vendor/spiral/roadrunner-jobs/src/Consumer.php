<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs;

use Spiral\RoadRunner\Jobs\Task\ReceivedTaskInterface;

final class Consumer
{
    public function __construct(private readonly TaskSourceInterface $source)
    {
    }

    public function waitTask(): ?ReceivedTaskInterface
    {
        return $this->source->next();
    }
}
