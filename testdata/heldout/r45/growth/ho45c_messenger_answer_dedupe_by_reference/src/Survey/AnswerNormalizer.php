<?php

declare(strict_types=1);

namespace App\Survey;

final class AnswerNormalizer
{
    /** @var \Closure(string, list<array{question: string, value: string}>): list<array{question: string, value: string}> */
    private \Closure $dropRepeats;

    public function __construct(private QuestionCatalog $questions)
    {
        $seen = [];
        // some panel apps post the same multi-select value twice when the
        // respondent double-taps; keep the first one
        $this->dropRepeats = static function (string $responseId, array $answers) use (&$seen): array {
            $kept = [];
            foreach ($answers as $answer) {
                $key = $responseId . '|' . $answer['question'] . '|' . $answer['value'];
                if (isset($seen[$key])) {
                    continue;
                }
                $seen[$key] = true; // leak
                $kept[] = $answer;
            }

            return $kept;
        };
    }

    /**
     * @param list<array{question: string, value: string}> $answers
     *
     * @return list<array{question: string, value: string, type: string}>
     */
    public function normalize(string $surveyId, string $responseId, array $answers): array
    {
        $clean = [];
        foreach ($answers as $answer) {
            $question = strtolower(trim($answer['question']));
            $type = $this->questions->typeOf($surveyId, $question);
            if ($type === null) {
                continue;
            }
            $value = trim($answer['value']);
            if ($type === 'scale') {
                $value = (string) max(1, min(10, (int) $value));
            }
            $clean[] = ['question' => $question, 'value' => $value];
        }

        return array_map(
            fn (array $a): array => $a + ['type' => (string) $this->questions->typeOf($surveyId, $a['question'])],
            ($this->dropRepeats)($responseId, $clean),
        );
    }
}
