<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Jobs;

use Spiral\RoadRunner\Jobs\Task\ReceivedTaskInterface;

/**
 * Stand-in for the Goridge relay to the RoadRunner server: yields the next
 * task the jobs plugin hands to this worker, or null on shutdown.
 */
interface TaskSourceInterface
{
    public function next(): ?ReceivedTaskInterface;
}
