<?php

namespace Sentry\State;

final class Breadcrumb
{
    public function __construct(
        public readonly string $level,
        public readonly string $type,
        public readonly string $category,
        public readonly ?string $message = null,
        public readonly array $metadata = [],
        public readonly float $timestamp = 0.0,
    ) {}
}

final class Scope
{
    private array $tags = [];
    private array $extra = [];
    private ?array $user = null;
    private array $breadcrumbs = [];
    private ?string $transaction = null;

    public function setTag(string $key, string $value): self
    {
        $this->tags[$key] = $value;
        return $this;
    }

    public function setExtra(string $key, mixed $value): self
    {
        $this->extra[$key] = $value;
        return $this;
    }

    public function setUser(array $user): self
    {
        $this->user = $user;
        return $this;
    }

    public function setTransaction(string $name): self
    {
        $this->transaction = $name;
        return $this;
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb, int $maxBreadcrumbs = 100): self
    {
        $this->breadcrumbs[] = $breadcrumb;
        $this->breadcrumbs = \array_slice($this->breadcrumbs, -$maxBreadcrumbs);
        return $this;
    }
}
