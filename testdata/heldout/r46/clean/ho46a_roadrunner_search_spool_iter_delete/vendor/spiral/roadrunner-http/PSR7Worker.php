<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for Spiral\RoadRunner\Http\PSR7Worker. The PHP process is started
 * once by the rr server and then receives requests over the relay until it
 * is told to stop; everything created before the loop lives that long.
 */
final class PSR7Worker
{
    private int $served = 0;

    /** @param \Closure(int): ?ServerRequest $relay */
    public function __construct(private \Closure $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return ($this->relay)($this->served);
    }

    public function respond(Response $response): void
    {
        $this->served++;
    }
}
