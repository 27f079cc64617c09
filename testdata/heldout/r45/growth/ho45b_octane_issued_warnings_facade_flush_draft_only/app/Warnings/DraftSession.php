<?php

namespace App\Warnings;

/** Editor state of the forecaster working the current request. */
class DraftSession
{
    public ?string $forecaster = null;
    public array $polygon = [];

    public function open(string $forecaster, array $polygon): void
    {
        $this->forecaster = $forecaster;
        $this->polygon = $polygon;
    }
}
