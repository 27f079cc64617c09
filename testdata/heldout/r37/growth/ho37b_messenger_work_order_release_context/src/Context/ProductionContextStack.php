<?php

namespace App\Context;

/**
 * Current production context for loggers, MES audit trail and the label
 * printer integration. Nested dispatches (a release that triggers a kitting
 * request) push their own context on top.
 */
final class ProductionContextStack
{
    private \SplStack $stack;

    public function __construct()
    {
        $this->stack = new \SplStack();
    }

    public function enter(ProductionContext $context): void
    {
        $this->stack->push($context); // leak
    }

    public function leave(): void
    {
        if (!$this->stack->isEmpty()) {
            $this->stack->pop();
        }
    }

    public function current(): ?ProductionContext
    {
        return $this->stack->isEmpty() ? null : $this->stack->top();
    }

    public function depth(): int
    {
        return $this->stack->count();
    }
}
