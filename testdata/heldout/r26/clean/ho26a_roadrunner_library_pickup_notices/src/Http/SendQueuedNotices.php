<?php

namespace App\Http;

use App\Holds\HoldNotifier;
use Spiral\Stub\Container;

/** Runs after the response has been written back to RoadRunner. */
final class SendQueuedNotices
{
    public function __construct(private Container $container)
    {
    }

    public function terminate(): void
    {
        $this->container->get(HoldNotifier::class)->drain();
    }
}
