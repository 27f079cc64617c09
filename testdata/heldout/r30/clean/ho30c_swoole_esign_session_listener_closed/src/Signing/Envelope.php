<?php

namespace App\Signing;

final class Envelope
{
    /** @var array<string, string> field id => signer email */
    public array $pendingFields;

    public function __construct(
        public readonly string $id,
        public readonly string $documentHash,
        array $pendingFields,
    ) {
        $this->pendingFields = $pendingFields;
    }
}
