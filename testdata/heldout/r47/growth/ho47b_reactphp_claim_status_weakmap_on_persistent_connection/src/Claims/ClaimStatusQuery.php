<?php

namespace App\Claims;

final class ClaimStatusQuery
{
    public function __construct(
        public readonly string $claimNumber,
        public readonly string $policyNumber,
        public readonly string $petName,
        public readonly string $requestedBy,
        public readonly string $rawLine,
        public readonly float $receivedAt,
    ) {
    }

    public static function fromLine(string $line): self
    {
        $data = json_decode($line, true, 8, JSON_THROW_ON_ERROR);
        return new self(
            (string) $data['claim'],
            (string) $data['policy'],
            (string) $data['pet'],
            (string) $data['staff'],
            $line,
            microtime(true),
        );
    }
}
