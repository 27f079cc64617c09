<?php

namespace App\Message;

final class AssessApplication
{
    public function __construct(
        public readonly string $applicationId,
        public readonly string $product,
        public readonly array $applicant,
    ) {
    }
}
