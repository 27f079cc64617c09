<?php

namespace App\Webhook;

final class Partner
{
    public function __construct(
        public readonly string $slug,
        public readonly string $url,
        public readonly string $secret,
        public readonly array $topics,
    ) {
    }
}

final class PartnerRegistry
{
    /** @param Partner[] $partners */
    public function __construct(private array $partners)
    {
    }

    /** @return Partner[] */
    public function subscribedTo(string $topic): array
    {
        return array_values(array_filter($this->partners, fn (Partner $p) => in_array($topic, $p->topics, true)));
    }
}
