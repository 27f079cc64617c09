<?php

declare(strict_types=1);

namespace App\Survey;

final class SchemaRegistry
{
    /** @var array<string, SurveySchema> */
    private array $schemas = [];

    public function __construct()
    {
        $this->schemas['nps-2024'] = new SurveySchema('nps-2024', 'Customer NPS 2024', [
            'score' => 'How likely are you to recommend us?',
            'reason' => 'What is the main reason for your score?',
            'plan' => 'Which plan are you on?',
            'contact' => 'May we contact you about your answer?',
        ]);
        $this->schemas['onboarding'] = new SurveySchema('onboarding', 'Onboarding feedback', [
            'ease' => 'How easy was the setup?',
            'blocker' => 'What almost stopped you?',
            'role' => 'What is your role?',
        ]);
        $this->schemas['event-feedback'] = new SurveySchema('event-feedback', 'Event feedback', [
            'overall' => 'Overall rating',
            'best_talk' => 'Best talk',
            'venue' => 'Venue rating',
            'return' => 'Will you come back next year?',
            'comments' => 'Anything else?',
        ]);
    }

    public function find(string $id): ?SurveySchema
    {
        return $this->schemas[$id] ?? null;
    }
}
