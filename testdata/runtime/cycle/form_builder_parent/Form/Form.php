<?php

final class Form
{
    private ?Form $parent = null;
    /** @var array<string, Form> */
    private array $children = [];
    private mixed $data = null;

    public function __construct(private string $name, private array $options = []) {}

    public function getName(): string
    {
        return $this->name;
    }

    public function setParent(?Form $parent): void
    {
        $this->parent = $parent; // leak
    }

    public function add(Form $child): void
    {
        $child->setParent($this);
        $this->children[$child->getName()] = $child; // leak
    }

    public function submit(array $data): void
    {
        foreach ($this->children as $name => $child) {
            $child->data = $data[$name] ?? null;
        }
    }

    public function isValid(): bool
    {
        foreach ($this->children as $child) {
            if (($child->options['required'] ?? false) && $child->data === null) {
                return false;
            }
        }
        return true;
    }
}
