<?php

declare(strict_types=1);

namespace App\Services;

/**
 * Free-form notes collected while an assignment decision is made, attached
 * to an object without that object having to know about them.
 */
final class AssignmentNotes
{
    private \WeakMap $notes;

    public function __construct()
    {
        $this->notes = new \WeakMap();
    }

    public function for(object $subject): \ArrayObject
    {
        return $this->notes[$subject] ??= new \ArrayObject();
    }

    public function has(object $subject): bool
    {
        return isset($this->notes[$subject]);
    }
}
