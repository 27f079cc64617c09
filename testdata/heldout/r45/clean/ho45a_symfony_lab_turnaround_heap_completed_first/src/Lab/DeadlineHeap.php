<?php

declare(strict_types=1);

namespace App\Lab;

/**
 * Earliest due date on top.
 *
 * @extends \SplMinHeap<TurnaroundDeadline>
 */
final class DeadlineHeap extends \SplMinHeap
{
    protected function compare(mixed $value1, mixed $value2): int
    {
        return $value2->dueAt <=> $value1->dueAt;
    }
}
