<?php

declare(strict_types=1);

namespace Media\Message;

final class GenerateThumbnail
{
    /**
     * @param list<string> $sizes
     */
    public function __construct(
        public readonly int $assetId,
        public readonly string $sourcePath,
        public readonly array $sizes,
    ) {
    }
}
