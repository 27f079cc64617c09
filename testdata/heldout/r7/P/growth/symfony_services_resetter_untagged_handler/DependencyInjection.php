<?php
// Small dependency-injection stand-ins: definitions with tags, compiler passes, bundles and a compiled container.

final class Definition
{
    public array $arguments = [];
    public array $tags = [];

    public function __construct(public string $class) {}

    public function setArguments(array $arguments): self { $this->arguments = $arguments; return $this; }
    public function addTag(string $name, array $attributes = []): self { $this->tags[$name][] = $attributes; return $this; }
}

interface CompilerPassInterface { public function process(ContainerBuilder $container): void; }

final class ContainerBuilder
{
    /** @var array<string, Definition> */
    private array $definitions = [];
    private array $passes = [];
    private array $services = [];

    public function register(string $id, string $class): Definition { return $this->definitions[$id] = new Definition($class); }
    public function getDefinition(string $id): Definition { return $this->definitions[$id]; }
    public function addCompilerPass(CompilerPassInterface $pass): void { $this->passes[] = $pass; }

    public function findTaggedServiceIds(string $tag): array
    {
        $tagged = array_filter($this->definitions, fn (Definition $d) => isset($d->tags[$tag]));
        return array_map(fn (Definition $d) => $d->tags[$tag], $tagged);
    }

    public function compile(): void { array_walk($this->passes, fn (CompilerPassInterface $pass) => $pass->process($this)); }

    public function get(string $id): object
    {
        if ($id === 'service_container') { return $this; }
        $definition = $this->definitions[$id];
        $resolve = fn ($a) => is_string($a) && str_starts_with($a, '@') ? $this->get(substr($a, 1)) : $a;
        return $this->services[$id] ??= new ($definition->class)(...array_map($resolve, $definition->arguments));
    }
}

abstract class Bundle { public function build(ContainerBuilder $container): void {} }

final class Kernel
{
    private ?ContainerBuilder $container = null;

    /** @param Bundle[] $bundles */
    public function __construct(private array $bundles) {}

    public function boot(): void
    {
        if ($this->container !== null) { return; }
        $container = new ContainerBuilder();
        foreach ($this->bundles as $bundle) { $bundle->build($container); }
        $container->compile();
        $this->container = $container;
    }

    public function getContainer(): ContainerBuilder { return $this->container; }
}
