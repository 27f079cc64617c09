<?php

namespace App\Preview;

final class PreviewContext
{
    /**
     * @param array<string, string> $segments key => translated text with placeholders
     * @param array<string, scalar> $values placeholder values
     */
    public function __construct(
        public readonly string $previewId,
        public readonly string $locale,
        public readonly array $segments,
        public readonly array $values,
    ) {
    }
}
