<?php

namespace Symfony\Component\Config\Definition;

abstract class BaseNode implements NodeInterface
{
    protected string $name;
    protected ?NodeInterface $parent;
    protected array $finalValidationClosures = [];
    protected bool $required = false;
    protected array $attributes = [];

    public function __construct(?string $name, ?NodeInterface $parent = null)
    {
        $this->name = (string) $name;
        $this->parent = $parent;
    }

    public function setAttribute(string $key, mixed $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function setRequired(bool $boolean): void
    {
        $this->required = $boolean;
    }

    public function isRequired(): bool
    {
        return $this->required;
    }

    public function setFinalValidationClosures(array $closures): void
    {
        $this->finalValidationClosures = $closures;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getPath(): string
    {
        return null !== $this->parent ? $this->parent->getPath().'.'.$this->name : $this->name;
    }

    final public function normalize(mixed $value): mixed
    {
        $this->validateType($value);

        return $this->normalizeValue($value);
    }

    final public function merge(mixed $leftSide, mixed $rightSide): mixed
    {
        $this->validateType($rightSide);

        return $this->mergeValues($leftSide, $rightSide);
    }

    final public function finalize(mixed $value): mixed
    {
        $this->validateType($value);
        $value = $this->finalizeValue($value);
        foreach ($this->finalValidationClosures as $closure) {
            $value = $closure($value);
        }

        return $value;
    }

    abstract protected function validateType(mixed $value): void;

    abstract protected function normalizeValue(mixed $value): mixed;

    abstract protected function mergeValues(mixed $leftSide, mixed $rightSide): mixed;

    abstract protected function finalizeValue(mixed $value): mixed;
}
