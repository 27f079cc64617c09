<?php

namespace App\Lab;

final class Signalment
{
    public function __construct(
        public readonly string $patientId,
        public readonly string $species,
        public readonly string $breed,
        public readonly int $ageMonths,
    ) {
    }

    public function ageBand(): string
    {
        return match (true) {
            $this->ageMonths < 12 => 'juvenile',
            $this->ageMonths < 96 => 'adult',
            default => 'geriatric',
        };
    }

    /**
     * Identifies the population a reference interval applies to. Patients
     * may carry an individual baseline, so the patient is part of it.
     */
    public function referencePopulation(): string
    {
        return implode('/', [$this->species, $this->ageBand(), $this->patientId]);
    }
}
