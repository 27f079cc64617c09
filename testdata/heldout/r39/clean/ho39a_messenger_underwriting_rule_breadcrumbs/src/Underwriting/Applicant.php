<?php

namespace App\Underwriting;

final class Applicant
{
    public function __construct(
        public readonly string $applicationId,
        public readonly string $name,
        public readonly int $age,
        public readonly float $bmi,
        public readonly bool $smoker,
        public readonly string $occupation,
        public readonly int $faceAmount,
        public readonly bool $sanctionsHit,
        public readonly string $postcode,
    ) {
    }

    public static function fromArray(string $applicationId, array $data): self
    {
        return new self(
            $applicationId,
            $data['name'],
            (int) $data['age'],
            (float) $data['bmi'],
            (bool) $data['smoker'],
            $data['occupation'],
            (int) $data['face_amount'],
            (bool) $data['sanctions_hit'],
            $data['postcode'],
        );
    }

    public function field(string $name): mixed
    {
        return match ($name) {
            'age' => $this->age,
            'bmi' => $this->bmi,
            'smoker' => $this->smoker,
            'occupation' => $this->occupation,
            'face_amount' => $this->faceAmount,
            default => null,
        };
    }
}
