<?php

namespace App\Intake;

final class ClaimDocumentReceived
{
    public function __construct(
        public readonly string $documentId,
        public readonly string $claimNumber,
        public readonly string $source,
        public readonly string $ocrText,
    ) {
    }
}
