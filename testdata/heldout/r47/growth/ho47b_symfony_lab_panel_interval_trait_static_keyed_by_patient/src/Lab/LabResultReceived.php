<?php

namespace App\Lab;

final class LabResultReceived
{
    /** @var array<string, string> analyte => flag */
    public array $flags = [];

    /** @param array<string, float> $values */
    public function __construct(
        public readonly string $accession,
        public readonly Signalment $signalment,
        public readonly array $values,
    ) {
    }
}
