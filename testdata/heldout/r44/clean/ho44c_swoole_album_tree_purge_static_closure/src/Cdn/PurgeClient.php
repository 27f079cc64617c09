<?php

namespace App\Cdn;

final class PurgeClient
{
    private int $requests = 0;

    public function __construct(private string $serviceId, private string $token, private bool $soft)
    {
    }

    /** @param list<string> $keys at most 256 per call */
    public function purge(array $keys): void
    {
        // POST https://api.fastly.com/service/{id}/purge, Surrogate-Key: k1 k2 ...
        $this->requests += count($keys) > 0 ? 1 : 0;
    }
}
