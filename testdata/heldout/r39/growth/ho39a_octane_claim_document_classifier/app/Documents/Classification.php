<?php

namespace App\Documents;

final class Classification
{
    /**
     * @param list<string> $requiredFields
     */
    public function __construct(
        public readonly string $routingQueue,
        public readonly array $requiredFields,
        public readonly float $confidence,
        public readonly string $summary,
    ) {
    }
}
