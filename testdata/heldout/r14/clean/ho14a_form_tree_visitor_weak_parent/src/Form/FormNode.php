<?php

declare(strict_types=1);

namespace App\Form;

final class FormNode
{
    /** @var array<string, FormNode> */
    public array $children = [];
    /** @var WeakReference<FormNode>|null */
    private ?\WeakReference $parent = null;
    private mixed $data = null;
    /** @var list<string> */
    public array $errors = [];

    public function __construct(
        public readonly string $name,
        public readonly string $type,
        public readonly array $options = [],
    ) {
    }

    public function attachTo(FormNode $parent): void
    {
        $this->parent = \WeakReference::create($parent);
    }

    public function getParent(): ?FormNode
    {
        return $this->parent?->get();
    }

    public function getRoot(): FormNode
    {
        return $this->getParent()?->getRoot() ?? $this;
    }

    public function fullName(): string
    {
        $parent = $this->getParent();

        return $parent === null ? $this->name : $parent->fullName() . '[' . $this->name . ']';
    }

    public function submit(mixed $data): void
    {
        if ($this->children === []) {
            $this->data = $data;
            if (($this->options['required'] ?? false) && ($data === null || $data === '')) {
                $this->errors[] = sprintf('%s should not be blank.', $this->fullName());
            }
            return;
        }
        foreach ($this->children as $name => $child) {
            $child->submit(is_array($data) ? ($data[$name] ?? null) : null);
        }
    }

    public function isValid(): bool
    {
        if ($this->errors !== []) {
            return false;
        }
        foreach ($this->children as $child) {
            if (!$child->isValid()) {
                return false;
            }
        }
        return true;
    }

    public function getData(): mixed
    {
        if ($this->children === []) {
            return $this->data;
        }
        $out = [];
        foreach ($this->children as $name => $child) {
            $out[$name] = $child->getData();
        }
        return $out;
    }
}
