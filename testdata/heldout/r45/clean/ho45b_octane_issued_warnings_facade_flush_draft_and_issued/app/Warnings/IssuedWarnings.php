<?php

namespace App\Warnings;

/** Products issued while handling the current request, echoed back to the console. */
class IssuedWarnings
{
    /** @var list<Warning> */
    private array $issued = [];

    public function record(Warning $warning): void
    {
        $this->issued[] = $warning;
    }

    public function summary(): string
    {
        $last = end($this->issued);
        return $last === false ? '0' : sprintf('%d;last=%s', count($this->issued), trim($last->vtec, '/'));
    }

    public function count(): int
    {
        return count($this->issued);
    }
}
