<?php

final class Step
{
    public ?Compensation $compensation = null;

    public function __construct(public readonly string $name, public readonly int $cents) {}
}
