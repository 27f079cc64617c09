<?php

declare(strict_types=1);

namespace App\Forms;

class Submission
{
    /** @var array<string, ?string> */
    protected array $values = [];
    /** @var array<string, string> */
    protected array $errors = [];
    public readonly \DateTimeImmutable $startedAt;

    public function __construct(
        protected FormDefinition $form,
        public readonly string $respondentId,
        public readonly string $channel,
    ) {
        $this->startedAt = new \DateTimeImmutable();
        $form->register($this);
    }

    public function fill(array $input): static
    {
        foreach ($this->form->fields() as $field) {
            $this->values[$field->name] = $field->normalize($input[$field->name] ?? null);
        }

        return $this;
    }

    public function validate(): bool
    {
        $this->errors = [];
        foreach ($this->form->fields() as $field) {
            $error = $field->check($this->values[$field->name] ?? null);
            if ($error !== null) {
                $this->errors[$field->name] = $error;
            }
        }

        return $this->errors === [];
    }

    /** @return array<string, string> */
    public function errors(): array
    {
        return $this->errors;
    }

    public function toRecord(): array
    {
        return [
            'form' => $this->form->slug,
            'respondent' => $this->respondentId,
            'channel' => $this->channel,
            'started_at' => $this->startedAt->format(\DATE_ATOM),
            'values' => array_filter($this->values, static fn (?string $v): bool => $v !== null),
        ];
    }
}
