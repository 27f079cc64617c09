<?php

declare(strict_types=1);

namespace App\Survey;

use App\Database\Connection;

final class ResponseWriter
{
    /** @var list<array<string, scalar>> */
    private array $pending = [];

    public function __construct(private Connection $db, private int $batchSize)
    {
    }

    /**
     * @param list<array{question: string, value: string, type: string}> $answers
     */
    public function write(string $responseId, string $surveyId, array $answers, string $submittedAt): void
    {
        foreach ($answers as $answer) {
            $this->pending[] = [
                'response_id' => $responseId,
                'survey_id' => $surveyId,
                'question' => $answer['question'],
                'answer' => $answer['value'],
                'answer_type' => $answer['type'],
                'submitted_at' => $submittedAt,
            ];
        }
        if (count($this->pending) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending !== []) {
            $this->db->insertMany('survey_answers', $this->pending);
            $this->pending = [];
        }
    }
}
