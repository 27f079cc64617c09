<?php

namespace App\Message;

final class TranslateDocument
{
    /** @param list<string> $segments */
    public function __construct(
        public readonly string $jobId,
        public readonly string $sourceLocale,
        public readonly string $targetLocale,
        public readonly array $segments,
    ) {
    }
}
