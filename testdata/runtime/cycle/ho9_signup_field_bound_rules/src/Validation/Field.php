<?php

namespace App\Validation;

final class Field
{
    /** @var array<string, \Closure(): bool> */
    private array $rules = [];

    public function __construct(public readonly string $name, private string $value) {}

    public function addRule(string $name, \Closure $rule): void
    {
        $this->rules[$name] = $rule; // leak
    }

    /** @return list<string> */
    public function errors(): array
    {
        return array_keys(array_filter($this->rules, static fn (\Closure $rule) => !$rule()));
    }
}
