<?php

declare(strict_types=1);

namespace App\Form;

final class FieldSpec
{
    /** @var list<FieldSpec> */
    public array $children = [];

    public function __construct(
        public readonly string $name,
        public readonly string $type,
        public readonly array $options = [],
    ) {
    }

    public function accept(FormVisitor $visitor, FormNode $parent): void
    {
        if ($this->children === []) {
            $visitor->visitField($this, $parent);
            return;
        }
        $node = $visitor->visitCompound($this, $parent);
        foreach ($this->children as $child) {
            $child->accept($visitor, $node);
        }
    }
}
