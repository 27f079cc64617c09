<?php

namespace App\Moderation;

final class Verdict
{
    public function __construct(public readonly string $label, public readonly float $score)
    {
    }
}
