<?php

declare(strict_types=1);

namespace App\Form;

interface FormVisitor
{
    public function visitCompound(FieldSpec $spec, FormNode $parent): FormNode;

    public function visitField(FieldSpec $spec, FormNode $parent): FormNode;
}
