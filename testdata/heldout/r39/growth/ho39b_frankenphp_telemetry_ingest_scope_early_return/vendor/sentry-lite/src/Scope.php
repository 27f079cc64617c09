<?php

namespace Sentry\State;

use Sentry\Breadcrumb;

final class Scope
{
    /** @var array<string, string> */
    private array $tags = [];

    /** @var array<string, array<string, mixed>> */
    private array $contexts = [];

    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];

    private ?array $user = null;

    public function setTag(string $key, string $value): self
    {
        $this->tags[$key] = $value;

        return $this;
    }

    public function setContext(string $name, array $value): self
    {
        $this->contexts[$name] = $value;

        return $this;
    }

    public function setUser(array $user): self
    {
        $this->user = $user;

        return $this;
    }

    public function addBreadcrumb(Breadcrumb $breadcrumb, int $maxBreadcrumbs = 100): self
    {
        $this->breadcrumbs[] = $breadcrumb;
        $this->breadcrumbs = array_slice($this->breadcrumbs, -$maxBreadcrumbs);

        return $this;
    }

    public function getTags(): array
    {
        return $this->tags;
    }
}
