<?php

namespace Symfony\Component\DependencyInjection;

class Definition
{
    private array $calls = [];
    private array $tags = [];
    private bool $public = false;
    private bool $shared = true;
    private bool $autowired = false;
    private bool $autoconfigured = false;

    public function __construct(private ?string $class = null, private array $arguments = [])
    {
    }

    public function setClass(?string $class): static
    {
        $this->class = $class;

        return $this;
    }

    public function getClass(): ?string
    {
        return $this->class;
    }

    public function setArguments(array $arguments): static
    {
        $this->arguments = $arguments;

        return $this;
    }

    public function setArgument(int|string $key, mixed $value): static
    {
        $this->arguments[$key] = $value;

        return $this;
    }

    public function addArgument(mixed $argument): static
    {
        $this->arguments[] = $argument;

        return $this;
    }

    public function getArguments(): array
    {
        return $this->arguments;
    }

    public function addMethodCall(string $method, array $arguments = []): static
    {
        $this->calls[] = [$method, $arguments];

        return $this;
    }

    public function getMethodCalls(): array
    {
        return $this->calls;
    }

    public function addTag(string $name, array $attributes = []): static
    {
        $this->tags[$name][] = $attributes;

        return $this;
    }

    public function getTags(): array
    {
        return $this->tags;
    }

    public function getTag(string $name): array
    {
        return $this->tags[$name] ?? [];
    }

    public function hasTag(string $name): bool
    {
        return isset($this->tags[$name]);
    }

    public function setPublic(bool $boolean): static
    {
        $this->public = $boolean;

        return $this;
    }

    public function setShared(bool $shared): static
    {
        $this->shared = $shared;

        return $this;
    }

    public function isShared(): bool
    {
        return $this->shared;
    }

    public function setAutowired(bool $autowired): static
    {
        $this->autowired = $autowired;

        return $this;
    }

    public function isAutowired(): bool
    {
        return $this->autowired;
    }

    public function setAutoconfigured(bool $autoconfigured): static
    {
        $this->autoconfigured = $autoconfigured;

        return $this;
    }

    public function isAutoconfigured(): bool
    {
        return $this->autoconfigured;
    }
}
