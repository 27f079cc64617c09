<?php

declare(strict_types=1);

namespace App\Recruitment;

final class Panelist
{
    /**
     * @param array<string, string> $screener answers given in the screener
     */
    public function __construct(
        public readonly string $id,
        public readonly QuotaCell $cell,
        public readonly string $email,
        public readonly string $postcode,
        public readonly string $source,
        public readonly array $screener,
        public readonly \DateTimeImmutable $qualifiedAt,
    ) {
    }
}
