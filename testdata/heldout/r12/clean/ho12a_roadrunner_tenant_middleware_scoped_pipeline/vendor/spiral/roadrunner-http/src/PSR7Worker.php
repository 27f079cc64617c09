<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/**
 * Stand-in for spiral/roadrunner-http's PSR7Worker: waitRequest() blocks on the
 * RoadRunner relay in production; here it replays synthetic requests.
 */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $limit, private readonly \Closure $factory)
    {
    }

    public function waitRequest(): ?object
    {
        if ($this->served >= $this->limit) {
            return null;
        }

        return ($this->factory)($this->served++);
    }

    public function respond(object $response): void
    {
    }
}
