<?php

declare(strict_types=1);

namespace App\Form;

/**
 * Turns the immutable field specs into a mutable tree of FormNode, one
 * per submission.
 */
final class TreeBuildingVisitor implements FormVisitor
{
    public function visitCompound(FieldSpec $spec, FormNode $parent): FormNode
    {
        return $this->append($spec, $parent);
    }

    public function visitField(FieldSpec $spec, FormNode $parent): FormNode
    {
        return $this->append($spec, $parent);
    }

    private function append(FieldSpec $spec, FormNode $parent): FormNode
    {
        $node = new FormNode($spec->name, $spec->type, $spec->options + ['label' => ucfirst($spec->name)]);
        $parent->children[$spec->name] = $node;
        $node->attachTo($parent);

        return $node;
    }
}
