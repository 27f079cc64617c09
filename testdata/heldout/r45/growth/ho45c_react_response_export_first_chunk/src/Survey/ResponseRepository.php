<?php

declare(strict_types=1);

namespace App\Survey;

/**
 * Read model over the responses table. The soak build serves a fixed
 * sample page per survey instead of querying the database.
 */
final class ResponseRepository
{
    private const SAMPLE_ANSWERS = [
        'score' => ['9', '10', '7', '3'],
        'reason' => ['Fast support and a fair price', 'The mobile app crashes when I upload photos', 'Mostly fine', 'Missing SSO'],
        'plan' => ['Team', 'Business', 'Free'],
        'contact' => ['yes', 'no'],
        'ease' => ['Very easy', 'Easy', 'Hard'],
        'blocker' => ['Nothing', 'Importing contacts from the old CRM took an afternoon', 'Pricing page'],
        'role' => ['Researcher', 'Marketing', 'Founder'],
        'overall' => ['5', '4', '3'],
        'best_talk' => ['Async PHP in production', 'Designing unbiased questionnaires', 'Quotas at scale'],
        'venue' => ['4', '5'],
        'return' => ['yes', 'maybe', 'no'],
        'comments' => ['More coffee breaks please', 'The Wi-Fi in hall B kept dropping during the afternoon sessions', ''],
    ];

    private int $page = 0;

    /** @return list<SurveyResponse> */
    public function latest(SurveySchema $schema, int $limit): array
    {
        $base = ++$this->page * $limit;
        $rows = [];
        for ($i = 0; $i < $limit; $i++) {
            $answers = [];
            foreach ($schema->questionKeys() as $k => $key) {
                $choices = self::SAMPLE_ANSWERS[$key] ?? [''];
                $answers[$key] = $choices[($base + $i + $k) % count($choices)];
            }
            $rows[] = new SurveyResponse(
                sprintf('%s-r%07d', $schema->id, $base + $i),
                $schema->id,
                new \DateTimeImmutable('@' . (1717000000 + 37 * ($base + $i))),
                $answers,
            );
        }

        return $rows;
    }
}
