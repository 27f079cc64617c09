<?php

namespace App\Validation;

final class Rules
{
    public function maxLength(int $max): \Closure
    {
        return function () use ($max): bool {
            return strlen($this->value) <= $max;
        };
    }

    public function email(): \Closure
    {
        return function (): bool {
            return filter_var($this->value, FILTER_VALIDATE_EMAIL) !== false;
        };
    }
}
