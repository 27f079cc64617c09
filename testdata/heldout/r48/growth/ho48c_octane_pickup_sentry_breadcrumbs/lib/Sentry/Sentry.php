<?php

namespace Sentry;

use Sentry\State\Hub;
use Sentry\State\HubInterface;
use Sentry\State\Scope;

// Stand-ins for sentry-php: a process-wide hub reached through SentrySdk, a
// stack of scopes, and breadcrumbs recorded on the top scope.
final class Breadcrumb
{
    public const LEVEL_INFO = 'info';
    public const TYPE_DEFAULT = 'default';

    public readonly float $timestamp;

    public function __construct(
        public readonly string $level,
        public readonly string $type,
        public readonly string $category,
        public readonly ?string $message = null,
        public readonly array $metadata = [],
    ) {
        $this->timestamp = microtime(true);
    }
}

final class SentrySdk
{
    private static ?HubInterface $currentHub = null;

    public static function init(): HubInterface
    {
        return self::$currentHub = new Hub();
    }

    public static function getCurrentHub(): HubInterface
    {
        return self::$currentHub ??= new Hub();
    }
}

function addBreadcrumb(Breadcrumb $breadcrumb): void
{
    SentrySdk::getCurrentHub()->addBreadcrumb($breadcrumb);
}

function configureScope(callable $callback): void
{
    SentrySdk::getCurrentHub()->configureScope($callback);
}

namespace Sentry\State;

use Sentry\Breadcrumb;

interface HubInterface
{
    public function pushScope(): Scope;

    public function popScope(): bool;

    public function configureScope(callable $callback): void;

    public function addBreadcrumb(Breadcrumb $breadcrumb): bool;
}

final class Scope
{
    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];

    private array $tags = [];

    private ?array $user = null;

    public function addBreadcrumb(Breadcrumb $breadcrumb): self
    {
        $this->breadcrumbs[] = $breadcrumb; // leak

        return $this;
    }

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

    public function getBreadcrumbs(): array
    {
        return $this->breadcrumbs;
    }
}

final class Hub implements HubInterface
{
    /** @var list<Scope> */
    private array $stack;

    public function __construct()
    {
        $this->stack = [new Scope()];
    }

    public function pushScope(): Scope
    {
        $clonedScope = clone end($this->stack);
        $this->stack[] = $clonedScope;

        return $clonedScope;
    }

    public function popScope(): bool
    {
        if (count($this->stack) === 1) {
            return false;
        }
        array_pop($this->stack);

        return true;
    }

    public function configureScope(callable $callback): void
    {
        $callback(end($this->stack));
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb): bool
    {
        end($this->stack)->addBreadcrumb($breadcrumb);

        return true;
    }
}
