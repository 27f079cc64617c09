<?php

namespace App\Documents\Concerns;

use App\Documents\Classification;

trait MemoizesClassifications
{
    /** @var array<string, Classification> */
    private array $classifications = [];

    protected function memoized(string $key, callable $resolve): Classification
    {
        if (!isset($this->classifications[$key])) {
            $this->classifications[$key] = $resolve(); // leak
        }

        return $this->classifications[$key];
    }
}
