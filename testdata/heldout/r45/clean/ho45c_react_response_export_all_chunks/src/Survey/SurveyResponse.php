<?php

declare(strict_types=1);

namespace App\Survey;

final class SurveyResponse
{
    /**
     * @param array<string, string> $answers
     */
    public function __construct(
        public readonly string $id,
        public readonly string $surveyId,
        public readonly \DateTimeImmutable $submittedAt,
        public readonly array $answers,
    ) {
    }
}
