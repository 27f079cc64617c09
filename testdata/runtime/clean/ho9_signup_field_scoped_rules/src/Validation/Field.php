<?php

namespace App\Validation;

final class Field
{
    /** @var array<string, \Closure(Field): bool> */
    private array $rules = [];

    public function __construct(public readonly string $name, private string $value) {}

    public function addRule(string $name, \Closure $rule): void
    {
        $this->rules[$name] = $rule;
    }

    /** @return list<string> */
    public function errors(): array
    {
        $errors = [];
        foreach ($this->rules as $name => $rule) {
            if (!$rule($this)) {
                $errors[] = $name;
            }
        }
        return $errors;
    }
}
