<?php

namespace Spiral\RoadRunner\Http;

/**
 * Stand-in for the RoadRunner PSR-7 worker: waitRequest() blocks on the relay
 * until the server hands over the next request, respond() writes it back.
 */
final class PSR7Worker
{
    private int $served = 0;

    /** @var array<int, array{0:int,1:string}> */
    private array $sent = [];

    public function __construct(private \Iterator $relay)
    {
    }

    public function waitRequest(): ?array
    {
        if (!$this->relay->valid()) {
            return null;
        }
        $request = $this->relay->current();
        $this->relay->next();

        return $request;
    }

    public function respond(int $status, string $body): void
    {
        $this->served++;
        $this->sent[$this->served % 8] = [$status, $body];
    }
}
