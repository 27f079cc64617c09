<?php

namespace Sentry\State;

final class Hub
{
    /** @var list<Scope> */
    private array $stack;

    public function __construct()
    {
        $this->stack = [new Scope()];
    }

    public function pushScope(): Scope
    {
        $clonedScope = clone $this->getScope();
        $this->stack[] = $clonedScope; // leak

        return $clonedScope;
    }

    public function popScope(): bool
    {
        if (count($this->stack) === 1) {
            return false;
        }

        return array_pop($this->stack) !== null;
    }

    public function configureScope(callable $callback): void
    {
        $callback($this->getScope());
    }

    public function getScope(): Scope
    {
        return $this->stack[count($this->stack) - 1];
    }
}
