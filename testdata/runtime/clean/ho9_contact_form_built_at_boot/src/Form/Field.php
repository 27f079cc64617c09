<?php

namespace App\Form;

class Field
{
    private ?string $value = null;

    public function __construct(
        private readonly Form $form,
        public readonly string $name,
        public readonly string $label,
        public readonly bool $required,
    ) {}

    public function bind(?string $value): bool
    {
        $this->value = $value;
        return !$this->required || ($value !== null && $value !== '');
    }

    public function fullName(): string
    {
        return $this->form->name . '[' . $this->name . ']';
    }
}
