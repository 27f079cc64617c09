<?php

namespace App\Warnings;

/** Event tracking numbers per phenomenon, continuous for the office's year. */
class VtecSequence
{
    /** @var array<string, int> */
    private array $next = [];

    public function __construct(private readonly string $office)
    {
    }

    public function issue(string $phenomenon, string $start, string $end): string
    {
        $etn = $this->next[$phenomenon] = ($this->next[$phenomenon] ?? 0) + 1;
        return sprintf('/O.NEW.%s.%s.W.%04d.%s-%s/', $this->office, $phenomenon, $etn % 10000, $start, $end);
    }
}
