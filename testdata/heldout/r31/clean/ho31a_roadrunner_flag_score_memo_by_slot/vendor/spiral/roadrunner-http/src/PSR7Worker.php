<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/** Stand-in: the RoadRunner relay hands over PHPLEAK_N requests, then stops. */
final class PSR7Worker
{
    private int $served = 0;
    public int $bytesOut = 0;

    public function __construct(private \Closure $relay, private int $limit)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }

        return ($this->relay)($this->served++);
    }

    public function respond(Response $response): void
    {
        $this->bytesOut += strlen($response->body);
    }
}
