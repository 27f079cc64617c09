<?php

namespace Symfony\Contracts\Service;

interface ResetInterface
{
    public function reset();
}

namespace Symfony\Component\DependencyInjection;

// Stand-in for the DI component: definitions with tags, compiler passes run at
// boot, and a container that autowires shared services by class name.
final class Definition
{
    /** @var array<string, list<array>> */
    private array $tags = [];

    public function __construct(public readonly string $class, public array $arguments = [])
    {
    }

    public function addTag(string $name, array $attributes = []): self
    {
        $this->tags[$name][] = $attributes;

        return $this;
    }

    public function setArgument(int|string $key, mixed $value): self
    {
        $this->arguments[$key] = $value;

        return $this;
    }

    public function getTags(): array
    {
        return $this->tags;
    }
}

final class Reference
{
    public function __construct(public readonly string $id)
    {
    }
}

interface CompilerPassInterface
{
    public function process(ContainerBuilder $container): void;
}

class ContainerBuilder
{
    /** @var array<string, Definition> */
    private array $definitions = [];

    /** @var array<string, object> */
    private array $services = [];

    /** @var list<CompilerPassInterface> */
    private array $passes = [];

    private array $parameters = [];

    public function register(string $id, ?string $class = null): Definition
    {
        return $this->definitions[$id] = new Definition($class ?? $id);
    }

    public function hasDefinition(string $id): bool
    {
        return isset($this->definitions[$id]);
    }

    public function getDefinition(string $id): Definition
    {
        return $this->definitions[$id];
    }

    public function getDefinitions(): array
    {
        return $this->definitions;
    }

    public function setParameter(string $name, mixed $value): void
    {
        $this->parameters[$name] = $value;
    }

    public function getParameter(string $name): mixed
    {
        return $this->parameters[$name];
    }

    /** @return array<string, list<array>> */
    public function findTaggedServiceIds(string $tag): array
    {
        $ids = [];
        foreach ($this->definitions as $id => $definition) {
            if (isset($definition->getTags()[$tag])) {
                $ids[$id] = $definition->getTags()[$tag];
            }
        }

        return $ids;
    }

    public function addCompilerPass(CompilerPassInterface $pass): void
    {
        $this->passes[] = $pass;
    }

    public function compile(): void
    {
        foreach ($this->passes as $pass) {
            $pass->process($this);
        }
    }

    public function set(string $id, object $service): void
    {
        $this->services[$id] = $service;
    }

    public function has(string $id): bool
    {
        return isset($this->services[$id]) || isset($this->definitions[$id]);
    }

    public function get(string $id): object
    {
        if (isset($this->services[$id])) {
            return $this->services[$id];
        }
        $definition = $this->definitions[$id] ?? throw new \LogicException("Unknown service \"$id\".");
        $args = [];
        $constructor = (new \ReflectionClass($definition->class))->getConstructor();
        foreach ($constructor ? $constructor->getParameters() : [] as $i => $parameter) {
            $arg = $definition->arguments[$i] ?? $definition->arguments['$'.$parameter->getName()] ?? new Reference($parameter->getType()->getName());
            $args[] = $this->resolve($arg);
        }

        return $this->services[$id] = new ($definition->class)(...$args);
    }

    private function resolve(mixed $arg): mixed
    {
        if ($arg instanceof Reference) {
            return $this->get($arg->id);
        }
        if (is_array($arg)) {
            return array_map(fn ($a) => $this->resolve($a), $arg);
        }

        return $arg;
    }
}
