<?php

declare(strict_types=1);

namespace App\Message;

final class SubmitSurveyResponse
{
    /**
     * @param list<array{question: string, value: string}> $answers
     */
    public function __construct(
        public readonly string $responseId,
        public readonly string $surveyId,
        public readonly string $respondentId,
        public readonly array $answers,
        public readonly string $submittedAt,
    ) {
    }
}
