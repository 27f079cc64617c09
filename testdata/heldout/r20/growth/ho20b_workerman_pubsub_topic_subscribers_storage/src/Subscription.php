<?php

declare(strict_types=1);

namespace App\PubSub;

final class Subscription
{
    public int $delivered = 0;

    /** @param array<string, string> $filters */
    public function __construct(
        public readonly string $topic,
        public readonly string $clientId,
        public readonly array $filters,
        public readonly float $since,
    ) {
    }

    public function matches(array $event): bool
    {
        foreach ($this->filters as $field => $expected) {
            if ((string) ($event[$field] ?? '') !== $expected) {
                return false;
            }
        }
        return true;
    }
}
