<?php

namespace App\Search;

/** Folds spooled terms into per-branch and per-format counters. */
final class TrendingReporter
{
    /** @var array<string, int> */
    private array $byBranch = ['central' => 0, 'north' => 0, 'harbour' => 0, 'mobile' => 0];

    /** @var array<string, int> */
    private array $byFormat = ['any' => 0, 'book' => 0, 'ebook' => 0, 'audio' => 0, 'dvd' => 0];

    public function __construct(private SearchTermSpool $spool)
    {
    }

    /** @return array<string, int> */
    public function collect(): array
    {
        foreach ($this->spool as $term) {
            if (isset($this->byBranch[$term->branch])) {
                $this->byBranch[$term->branch]++;
            }
            if (isset($this->byFormat[$term->format])) {
                $this->byFormat[$term->format]++;
            }
        }

        return $this->byBranch;
    }
}
