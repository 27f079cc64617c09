<?php

namespace App\Message;

final class CaptureModelSnapshot
{
    public function __construct(
        public readonly string $modelId,
        public readonly int $revision,
        public readonly string $ifcPath,
        public readonly array $elementCounts,
        public readonly string $commitMessage,
        public readonly string $author,
    ) {
    }
}
