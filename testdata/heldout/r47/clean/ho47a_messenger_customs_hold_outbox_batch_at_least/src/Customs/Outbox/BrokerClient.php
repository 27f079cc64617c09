<?php

declare(strict_types=1);

namespace App\Customs\Outbox;

final class BrokerClient
{
    private int $posted = 0;

    public function __construct(private readonly string $endpoint) {}

    /** @param list<OutboxEntry> $entries */
    public function post(array $entries): void
    {
        $this->posted += count($entries);
    }
}
