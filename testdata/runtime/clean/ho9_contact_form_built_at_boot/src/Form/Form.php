<?php

namespace App\Form;

class Form
{
    /** @var array<string, Field> */
    private array $fields = [];

    public function __construct(public readonly string $name) {}

    public function add(string $name, string $label, bool $required = true): Field
    {
        $field = new Field($this, $name, $label, $required);
        $this->fields[$name] = $field;
        return $field;
    }

    public function submit(array $data): bool
    {
        $valid = true;
        foreach ($this->fields as $name => $field) {
            $valid = $field->bind($data[$name] ?? null) && $valid;
        }
        return $valid;
    }
}
