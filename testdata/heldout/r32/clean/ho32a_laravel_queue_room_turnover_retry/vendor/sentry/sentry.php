<?php

namespace Sentry\State;

final class Breadcrumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data,
        public readonly float $timestamp,
    ) {
    }
}

final class Scope
{
    /** @var array<string, string> */
    private array $tags = [];
    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];
    private array $context = [];

    public function setTag(string $key, string $value): self
    {
        $this->tags[$key] = $value;
        return $this;
    }

    public function setContext(string $name, array $value): self
    {
        $this->context[$name] = $value;
        return $this;
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb, int $max = 100): self
    {
        $this->breadcrumbs[] = $breadcrumb;
        if (count($this->breadcrumbs) > $max) {
            $this->breadcrumbs = array_slice($this->breadcrumbs, -$max);
        }
        return $this;
    }
}

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
        $scope = clone $this->getScope();
        $this->stack[] = $scope;
        return $scope;
    }

    public function popScope(): bool
    {
        if (count($this->stack) === 1) {
            return false;
        }
        return array_pop($this->stack) !== null;
    }

    public function getScope(): Scope
    {
        return $this->stack[count($this->stack) - 1];
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb): void
    {
        $this->getScope()->addBreadcrumb($breadcrumb);
    }
}

namespace Sentry;

use Sentry\State\Hub;

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
