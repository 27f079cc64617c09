<?php

namespace Spiral\RoadRunner;

use Spiral\Goridge\RelayInterface;

class Worker
{
    private int $jobs = 0;

    private int $maxJobs;

    public function __construct(private RelayInterface $relay)
    {
        // http.pool.supervisor.max_jobs from .rr.yaml
        $this->maxJobs = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public static function create(RelayInterface $relay): self
    {
        return new self($relay);
    }

    public function waitPayload(): ?array
    {
        if ($this->jobs >= $this->maxJobs) {
            return null;
        }
        $this->jobs++;

        return $this->relay->receive();
    }

    public function respond(array $frame): void
    {
        $this->relay->send($frame);
    }
}
