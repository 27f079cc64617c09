<?php

namespace App\Validation;

final class Rules
{
    public function maxLength(int $max): \Closure
    {
        return static function (Field $field) use ($max): bool {
            return strlen($field->value) <= $max;
        };
    }

    public function email(): \Closure
    {
        return static function (Field $field): bool {
            return filter_var($field->value, FILTER_VALIDATE_EMAIL) !== false;
        };
    }
}
