<?php

declare(strict_types=1);

namespace App\Validation;

final class SurveyValidator
{
    public function __construct(private MessageResolver $messages, private int $maxAnswerLength = 500)
    {
    }

    /**
     * @param array<string, mixed> $input
     * @return array<string, list<string>>
     */
    public function validate(array $input): array
    {
        $errors = [];

        if (($input['respondent_email'] ?? '') === '') {
            $errors['respondent_email'][] = $this->messages->resolve('respondent_email', 'required', []);
        }

        foreach ($input['answers'] ?? [] as $questionId => $answer) {
            $attribute = "answers.{$questionId}";
            $answer = trim((string) $answer);

            if ($answer === '') {
                $errors[$attribute][] = $this->messages->resolve($attribute, 'required', []);
            } elseif (strlen($answer) > $this->maxAnswerLength) {
                $errors[$attribute][] = $this->messages->resolve($attribute, 'max', ['max' => $this->maxAnswerLength]);
            }
        }

        return $errors;
    }
}
