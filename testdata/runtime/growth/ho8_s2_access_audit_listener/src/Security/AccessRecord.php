<?php
namespace App\Security;

final class AccessRecord
{
    public function __construct(
        public readonly string $userId,
        public readonly string $route,
        public readonly array $headers,
        public readonly string $fingerprint,
        public readonly \DateTimeImmutable $at,
    ) {}
}
