<?php

final class FormBuilder
{
    /** @var array<string, array> */
    private array $fields = [];

    public function __construct(private string $name) {}

    public function add(string $field, array $options = []): static
    {
        $this->fields[$field] = $options;
        return $this;
    }

    public function getForm(): Form
    {
        $form = new Form($this->name);
        foreach ($this->fields as $field => $options) {
            $form->add(new Form($field, $options));
        }
        return $form;
    }
}
