<?php

declare(strict_types=1);

namespace App\Forms;

final class FormDefinition
{
    /** submissions of this form currently being handled by this worker */
    private \WeakMap $inProgress;

    /**
     * @param list<Field>              $fields
     * @param class-string<Submission> $submissionClass
     */
    public function __construct(
        public readonly string $slug,
        public readonly string $title,
        private array $fields,
        private string $submissionClass = Submission::class,
    ) {
        $this->inProgress = new \WeakMap();
    }

    public function start(string $respondentId, string $channel): Submission
    {
        $class = $this->submissionClass;

        return new $class($this, $respondentId, $channel);
    }

    public function register(Submission $submission): void
    {
        $this->inProgress[$submission] = $submission->channel;
    }

    public function inProgressCount(): int
    {
        return count($this->inProgress);
    }

    /** @return list<Field> */
    public function fields(): array
    {
        return $this->fields;
    }
}
