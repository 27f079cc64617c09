<?php

namespace App\Documents;

final class LegalHoldRegistry
{
    /** @var array<string, string> matter => hold notice id, loaded at boot */
    private array $frozen;

    public function __construct(array $frozen)
    {
        $this->frozen = $frozen;
    }

    public function blocksNewVersions(string $matter, string $documentId): bool
    {
        return isset($this->frozen[$matter]) && str_starts_with($documentId, 'V');
    }
}
