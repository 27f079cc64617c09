<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\ServerRequest;

/** Stand-in for the Goridge pipe to the RoadRunner http plugin. */
interface RequestSource
{
    public function receive(): ?ServerRequest;
}
