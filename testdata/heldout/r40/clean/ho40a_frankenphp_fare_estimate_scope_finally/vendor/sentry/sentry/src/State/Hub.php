<?php

namespace Sentry\State;

final class Hub
{
    /** @var Scope[] */
    private array $stack = [];

    public function __construct(?Scope $scope = null)
    {
        $this->stack[] = $scope ?? new Scope();
    }

    public function getScope(): Scope
    {
        return $this->stack[\count($this->stack) - 1];
    }

    public function pushScope(): Scope
    {
        $clonedScope = clone $this->getScope();
        $this->stack[] = $clonedScope;
        return $clonedScope;
    }

    public function popScope(): bool
    {
        if (\count($this->stack) === 1) {
            return false;
        }
        return null !== \array_pop($this->stack);
    }

    public function withScope(callable $callback): mixed
    {
        $scope = $this->pushScope();
        try {
            return $callback($scope);
        } finally {
            $this->popScope();
        }
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb): bool
    {
        $this->getScope()->addBreadcrumb($breadcrumb);
        return true;
    }
}

final class SentrySdk
{
    private static ?Hub $currentHub = null;

    public static function init(): Hub
    {
        return self::$currentHub = new Hub();
    }

    public static function getCurrentHub(): Hub
    {
        return self::$currentHub ??= new Hub();
    }
}
