<?php

namespace App\Grants;

final class ApplicationSection
{
    /** @var \WeakReference<GrantApplication>|null */
    private ?\WeakReference $application = null;

    public function __construct(
        private string $key,
        private string $title,
        private array $answers,
        private int $wordLimit,
    ) {
    }

    public function setApplication(GrantApplication $application): void
    {
        $this->application = \WeakReference::create($application);
    }

    public function application(): ?GrantApplication
    {
        return $this->application?->get();
    }

    public function key(): string
    {
        return $this->key;
    }

    public function wordCount(): int
    {
        $words = 0;
        foreach ($this->answers as $answer) {
            $words += str_word_count((string) $answer);
        }
        return $words;
    }

    public function validate(\DateTimeImmutable $now): void
    {
        $app = $this->application();
        if ($app === null) {
            return;
        }
        if ($this->wordCount() > $this->wordLimit) {
            $app->flag($this->key . '.length', sprintf('%s exceeds %d words', $this->title, $this->wordLimit));
        }
        if ($app->isPastDeadline($now)) {
            $app->flag('deadline', 'Program ' . $app->programCode . ' closed');
        }
    }
}
