<?php

declare(strict_types=1);

namespace App\Survey;

final class SurveySchema
{
    /**
     * @param array<string, string> $questions question key => column title
     */
    public function __construct(
        public readonly string $id,
        public readonly string $title,
        public readonly array $questions,
    ) {
    }

    /** @return list<string> */
    public function columnTitles(): array
    {
        return array_values($this->questions);
    }

    /** @return list<string> */
    public function questionKeys(): array
    {
        return array_keys($this->questions);
    }
}
