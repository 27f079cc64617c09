<?php

declare(strict_types=1);

namespace App\Message;

/** Published by the win-notice service for every billed impression batch. */
final class SpendReported
{
    /** @param list<array{line_item: string, campaign: string, spend_micros: int, impressions: int, dims: array<string, string>}> $lines */
    public function __construct(
        public readonly string $auctionId,
        public readonly string $exchange,
        public readonly int $occurredAt,
        public readonly array $lines,
    ) {
    }

    public static function fromJson(string $json): self
    {
        $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);

        return new self((string) $data['auction_id'], (string) $data['exchange'], (int) $data['ts'], $data['lines']);
    }
}
