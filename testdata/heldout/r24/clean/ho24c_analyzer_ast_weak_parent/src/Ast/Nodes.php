<?php

namespace StanDaemon\Ast;

final class FileNode extends Node
{
    /** @var list<ClassNode> */
    private array $classes = [];

    public function addClass(ClassNode $class): void
    {
        $class->attachTo($this);
        $this->classes[] = $class;
    }

    public function children(): iterable
    {
        return $this->classes;
    }
}

final class ClassNode extends Node
{
    /** @var list<MethodNode> */
    private array $methods = [];

    public function __construct(public readonly string $name, array $attributes = [])
    {
        parent::__construct($attributes);
    }

    public function addMethod(MethodNode $method): void
    {
        $method->attachTo($this);
        $this->methods[] = $method;
    }

    public function children(): iterable
    {
        return $this->methods;
    }
}

final class MethodNode extends Node
{
    public function __construct(
        public readonly string $name,
        public readonly string $visibility,
        public readonly ?string $returnType,
        array $attributes = [],
    ) {
        parent::__construct($attributes);
    }

    public function children(): iterable
    {
        return [];
    }

    public function owningClass(): ?ClassNode
    {
        $parent = $this->getParent();

        return $parent instanceof ClassNode ? $parent : null;
    }
}
