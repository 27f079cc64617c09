<?php

namespace Symfony\Component\DependencyInjection;

use Symfony\Component\DependencyInjection\Argument\IteratorArgument;
use Symfony\Component\DependencyInjection\Argument\TaggedIteratorArgument;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\Compiler\PassConfig;
use Symfony\Component\DependencyInjection\Extension\ExtensionInterface;

/**
 * Stand-in: the builder is also the runtime container (the real one is dumped to PHP code).
 */
class ContainerBuilder implements ContainerInterface
{
    /** @var array<string, Definition> */
    private array $definitions = [];
    private array $aliases = [];
    private array $services = [];
    private array $parameters = [];
    private array $passes = [];
    private array $extensions = [];
    private array $extensionConfigs = [];
    /** @var array<string, Definition> */
    private array $autoconfiguredInstanceof = [];
    private array $autoconfiguredAttributes = [];
    private bool $compiled = false;

    public function __construct()
    {
        $this->services['service_container'] = $this;
        $this->aliases[ContainerInterface::class] = 'service_container';
    }

    public function register(string $id, ?string $class = null): Definition
    {
        return $this->setDefinition($id, new Definition($class));
    }

    public function setDefinition(string $id, Definition $definition): Definition
    {
        unset($this->aliases[$id]);

        return $this->definitions[$id] = $definition;
    }

    public function hasDefinition(string $id): bool
    {
        return isset($this->definitions[$id]);
    }

    public function getDefinition(string $id): Definition
    {
        if (!isset($this->definitions[$id])) {
            throw new \InvalidArgumentException(sprintf('You have requested a non-existent service "%s".', $id));
        }

        return $this->definitions[$id];
    }

    public function getDefinitions(): array
    {
        return $this->definitions;
    }

    public function setAlias(string $alias, string $id): void
    {
        $this->aliases[$alias] = $id;
    }

    public function findTaggedServiceIds(string $name): array
    {
        $tags = [];
        foreach ($this->definitions as $id => $definition) {
            if ($definition->hasTag($name)) {
                $tags[$id] = $definition->getTag($name);
            }
        }

        return $tags;
    }

    public function registerForAutoconfiguration(string $interface): Definition
    {
        return $this->autoconfiguredInstanceof[$interface] ??= new Definition();
    }

    public function registerAttributeForAutoconfiguration(string $attributeClass, callable $configurator): void
    {
        $this->autoconfiguredAttributes[$attributeClass] = $configurator;
    }

    public function addCompilerPass(CompilerPassInterface $pass, string $type = PassConfig::TYPE_BEFORE_OPTIMIZATION, int $priority = 0): static
    {
        $this->passes[$type][$priority][] = $pass;

        return $this;
    }

    public function registerExtension(ExtensionInterface $extension): void
    {
        $this->extensions[$extension->getAlias()] = $extension;
    }

    public function loadFromExtension(string $extension, ?array $values = null): static
    {
        $this->extensionConfigs[$extension][] = $values ?? [];

        return $this;
    }

    public function getReflectionClass(?string $class, bool $throw = true): ?\ReflectionClass
    {
        if (null === $class || (!class_exists($class) && !interface_exists($class))) {
            if ($throw) {
                throw new \InvalidArgumentException(sprintf('Class "%s" does not exist.', $class));
            }

            return null;
        }

        return new \ReflectionClass($class);
    }

    public function compile(): void
    {
        // MergeExtensionConfigurationPass
        foreach ($this->extensions as $alias => $extension) {
            $extension->load($this->extensionConfigs[$alias] ?? [], $this);
        }

        // ResolveInstanceofConditionalsPass + AttributeAutoconfigurationPass
        foreach ($this->definitions as $id => $definition) {
            if (!$definition->isAutoconfigured() || null === $r = $this->getReflectionClass($definition->getClass() ?? $id, false)) {
                continue;
            }
            foreach ($this->autoconfiguredInstanceof as $interface => $template) {
                if ($r->getName() === $interface || $r->isSubclassOf($interface)) {
                    foreach ($template->getTags() as $name => $tags) {
                        foreach ($tags as $attributes) {
                            $definition->addTag($name, $attributes);
                        }
                    }
                    foreach ($template->getMethodCalls() as [$method, $arguments]) {
                        $definition->addMethodCall($method, $arguments);
                    }
                }
            }
            foreach ($this->autoconfiguredAttributes as $attributeClass => $configurator) {
                foreach ($r->getAttributes($attributeClass, \ReflectionAttribute::IS_INSTANCEOF) as $attribute) {
                    $configurator($definition, $attribute->newInstance(), $r);
                }
                foreach ($r->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
                    foreach ($method->getAttributes($attributeClass, \ReflectionAttribute::IS_INSTANCEOF) as $attribute) {
                        $configurator($definition, $attribute->newInstance(), $method);
                    }
                }
            }
        }

        foreach (PassConfig::ORDER as $type) {
            $passes = $this->passes[$type] ?? [];
            krsort($passes);
            foreach ($passes as $byPriority) {
                foreach ($byPriority as $pass) {
                    $pass->process($this);
                }
            }
        }
        $this->compiled = true;
    }

    public function isCompiled(): bool
    {
        return $this->compiled;
    }

    public function set(string $id, ?object $service): void
    {
        $this->services[$id] = $service;
    }

    public function has(string $id): bool
    {
        $id = $this->aliases[$id] ?? $id;

        return isset($this->services[$id]) || isset($this->definitions[$id]);
    }

    public function get(string $id, int $invalidBehavior = self::EXCEPTION_ON_INVALID_REFERENCE): ?object
    {
        $id = $this->aliases[$id] ?? $id;
        if (isset($this->services[$id])) {
            return $this->services[$id];
        }
        if (!isset($this->definitions[$id])) {
            if (self::NULL_ON_INVALID_REFERENCE === $invalidBehavior) {
                return null;
            }
            throw new \InvalidArgumentException(sprintf('You have requested a non-existent service "%s".', $id));
        }

        $definition = $this->definitions[$id];
        $class = $definition->getClass() ?? $id;
        $service = new $class(...$this->resolveConstructorArguments($id, $definition, $class));
        if ($definition->isShared()) {
            $this->services[$id] = $service;
        }
        foreach ($definition->getMethodCalls() as [$method, $arguments]) {
            $service->$method(...$this->resolveValue($arguments));
        }

        return $service;
    }

    public function getParameter(string $name): mixed
    {
        return $this->parameters[$name];
    }

    public function hasParameter(string $name): bool
    {
        return \array_key_exists($name, $this->parameters);
    }

    public function setParameter(string $name, mixed $value): void
    {
        $this->parameters[$name] = $value;
    }

    private function resolveConstructorArguments(string $id, Definition $definition, string $class): array
    {
        $constructor = (new \ReflectionClass($class))->getConstructor();
        if (null === $constructor) {
            return [];
        }
        $arguments = $definition->getArguments();
        $resolved = [];
        foreach ($constructor->getParameters() as $i => $parameter) {
            $name = '$'.$parameter->getName();
            $type = $parameter->getType();
            if (\array_key_exists($i, $arguments)) {
                $resolved[] = $this->resolveValue($arguments[$i]);
            } elseif (\array_key_exists($name, $arguments)) {
                $resolved[] = $this->resolveValue($arguments[$name]);
            } elseif ($definition->isAutowired() && $type instanceof \ReflectionNamedType && !$type->isBuiltin() && $this->has($type->getName())) {
                $resolved[] = $this->get($type->getName());
            } elseif ($parameter->isDefaultValueAvailable()) {
                $resolved[] = $parameter->getDefaultValue();
            } else {
                throw new \RuntimeException(sprintf('Cannot autowire service "%s": argument "%s" of method "%s::__construct()" has no value.', $id, $name, $class));
            }
        }

        return $resolved;
    }

    private function resolveValue(mixed $value): mixed
    {
        if ($value instanceof Reference) {
            return $this->get((string) $value);
        }
        if ($value instanceof TaggedIteratorArgument) {
            $services = [];
            foreach ($this->findTaggedServiceIds($value->getTag()) as $id => $tags) {
                $services[$id] = $this->get($id);
            }

            return new \ArrayIterator($services);
        }
        if ($value instanceof IteratorArgument) {
            return new \ArrayIterator($this->resolveValue($value->getValues()));
        }
        if (\is_array($value)) {
            foreach ($value as $k => $v) {
                $value[$k] = $this->resolveValue($v);
            }
        }

        return $value;
    }
}
