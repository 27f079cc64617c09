<?php

namespace App\Bim;

final class ModelSnapshot
{
    private string $status = 'captured';
    private ?string $storedAt = null;

    public function __construct(
        public readonly string $modelId,
        public readonly int $revision,
        public readonly string $checksum,
        public readonly array $elementCounts,
        public readonly string $commitMessage,
        public readonly string $author,
    ) {
    }

    public function status(): string
    {
        return $this->status;
    }
}
