<?php

declare(strict_types=1);

namespace App\Customs\Message;

final class CustomsHoldRaised
{
    public function __construct(
        public readonly string $container,
        public readonly string $billOfLading,
        public readonly string $authority,
        public readonly string $holdCode,
        public readonly string $reason,
        public readonly string $officer,
        public readonly int $raisedAt,
    ) {}

    public static function fromTransport(array $raw): self
    {
        return new self($raw['container'], $raw['bol'], $raw['authority'], $raw['code'], $raw['reason'], $raw['officer'], $raw['raised_at']);
    }
}
