<?php

declare(strict_types=1);

namespace App\Survey;

final class QuestionCatalog
{
    /** @var array<string, array<string, string>> survey => question => type */
    private const SURVEYS = [
        'employee-pulse' => ['q_mood' => 'scale', 'q_workload' => 'scale', 'q_tools' => 'multi', 'q_comment' => 'text'],
        'checkout-csat' => ['q_csat' => 'scale', 'q_issues' => 'multi', 'q_channel' => 'single', 'q_comment' => 'text'],
    ];

    public function has(string $surveyId): bool
    {
        return isset(self::SURVEYS[$surveyId]);
    }

    public function typeOf(string $surveyId, string $question): ?string
    {
        return self::SURVEYS[$surveyId][$question] ?? null;
    }
}
