<?php

namespace App\Streaming;

final class SignedUrl
{
    public function __construct(
        public readonly int $expires,
        public readonly string $policy,
        public readonly string $signature,
    ) {
    }

    public static function fromQuery(array $query): self
    {
        return new self((int) ($query['Expires'] ?? 0), (string) ($query['Policy'] ?? ''), (string) ($query['Signature'] ?? ''));
    }

    public function query(): string
    {
        return http_build_query(['Expires' => $this->expires, 'Policy' => $this->policy, 'Signature' => $this->signature]);
    }
}
