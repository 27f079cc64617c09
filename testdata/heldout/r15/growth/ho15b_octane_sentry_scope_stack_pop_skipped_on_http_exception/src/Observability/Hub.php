<?php

declare(strict_types=1);

namespace App\Observability;

use SplStack;

final class Breadcrumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data = [],
    ) {
    }
}

final class Scope
{
    /** @var array<string, string> */
    private array $tags = [];

    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];

    private ?array $user = null;

    public function setTag(string $key, string $value): self
    {
        $this->tags[$key] = $value;

        return $this;
    }

    public function setUser(array $user): self
    {
        $this->user = $user;

        return $this;
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb, int $max = 100): self
    {
        $this->breadcrumbs[] = $breadcrumb;
        if (count($this->breadcrumbs) > $max) {
            array_shift($this->breadcrumbs);
        }

        return $this;
    }

    public function tags(): array
    {
        return $this->tags;
    }
}

/** Holds the scope stack; each request works on its own pushed scope. */
final class Hub
{
    /** @var SplStack<Scope> */
    private SplStack $stack;

    public function __construct(Scope $root)
    {
        $this->stack = new SplStack();
        $this->stack->push($root);
    }

    public function pushScope(): Scope
    {
        $scope = clone $this->stack->top();
        $this->stack->push($scope); // leak

        return $scope;
    }

    public function popScope(): bool
    {
        if ($this->stack->count() === 1) {
            return false;
        }
        $this->stack->pop();

        return true;
    }

    public function getScope(): Scope
    {
        return $this->stack->top();
    }

    public function captureException(\Throwable $e): string
    {
        // transport omitted: an event id is all callers look at
        return md5($e::class . $e->getMessage() . json_encode($this->getScope()->tags()));
    }
}

final class SentrySdk
{
    private static ?Hub $currentHub = null;

    public static function init(): Hub
    {
        return self::$currentHub = new Hub(new Scope());
    }

    public static function getCurrentHub(): Hub
    {
        return self::$currentHub ??= self::init();
    }
}
