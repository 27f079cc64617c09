<?php

namespace App\Logging;

/**
 * Monolog processor that stamps every record with the matter the current
 * request works on. Nested operations push their own frame.
 */
final class MatterContextProcessor
{
    /** @var list<array<string, string>> */
    private array $frames = [];

    public function enter(array $frame): void
    {
        $this->frames[] = $frame;
    }

    public function leave(): void
    {
        array_pop($this->frames);
    }

    public function current(): array
    {
        return $this->frames === [] ? [] : $this->frames[array_key_last($this->frames)];
    }

    public function __invoke(array $record): array
    {
        $frame = $this->current();
        $record['extra']['matter'] = $frame['matter'] ?? null;
        $record['extra']['document'] = $frame['document'] ?? null;

        return $record;
    }
}
