<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for Spiral\RoadRunner\Http\PSR7Worker: the RoadRunner server
 * feeds requests to this long-lived PHP process over a pipe. Here the
 * "server" replays a fixed number of RTU uploads, then asks the worker to stop.
 */
class PSR7Worker
{
    private int $served = 0;

    /** @param \Closure(int): ServerRequest $feed */
    public function __construct(private \Closure $feed, private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }

        return ($this->feed)($this->served++);
    }

    public function respond(Response $response): void
    {
        // written to the relay; nothing kept
    }
}
