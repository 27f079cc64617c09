<?php

declare(strict_types=1);

namespace App\Form;

final class FormTreeBuilder
{
    /** @var list<FieldSpec> */
    private array $fields = [];

    public function add(string $name, string $type, array $options = [], ?callable $configure = null): self
    {
        $spec = new FieldSpec($name, $type, $options);
        if ($configure !== null) {
            $nested = new self();
            $configure($nested);
            $spec->children = $nested->fields;
        }
        $this->fields[] = $spec;

        return $this;
    }

    public function create(): self
    {
        return new self();
    }

    public function getForm(string $name): FormNode
    {
        $root = new FormNode($name, 'form', ['csrf_protection' => true, 'method' => 'POST']);
        $visitor = new TreeBuildingVisitor();
        foreach ($this->fields as $spec) {
            $spec->accept($visitor, $root);
        }

        return $root;
    }
}
