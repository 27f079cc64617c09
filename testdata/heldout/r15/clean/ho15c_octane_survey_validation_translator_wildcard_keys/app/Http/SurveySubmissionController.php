<?php

declare(strict_types=1);

namespace App\Http;

use App\Validation\SurveyValidator;

final class SurveySubmissionController
{
    public function __construct(private SurveyValidator $validator)
    {
    }

    /** @return array{status: int, body: string} */
    public function store(array $payload): array
    {
        $errors = $this->validator->validate($payload);

        if ($errors !== []) {
            return ['status' => 422, 'body' => json_encode(['message' => 'The given data was invalid.', 'errors' => $errors])];
        }

        return ['status' => 201, 'body' => json_encode(['survey' => $payload['survey_id'], 'saved' => count($payload['answers'])])];
    }
}
