<?php
// Stand-in for symfony/dependency-injection: definitions, compiler passes, and the container built from them.
namespace Symfony\Component\DependencyInjection\Compiler {
    interface CompilerPassInterface { public function process(\Symfony\Component\DependencyInjection\ContainerBuilder $container): void; }
}

namespace Symfony\Component\DependencyInjection {
    class Reference
    {
        public function __construct(private string $id) {}
        public function __toString(): string { return $this->id; }
    }

    class Definition
    {
        private array $calls = [];
        private array $tags = [];
        public function __construct(private string $class, private array $arguments = []) {}
        public function getClass(): string { return $this->class; }
        public function getArguments(): array { return $this->arguments; }
        public function setArgument(int|string $key, mixed $value): static { $this->arguments[$key] = $value; return $this; }
        public function addMethodCall(string $method, array $arguments = []): static { $this->calls[] = [$method, $arguments]; return $this; }
        public function getMethodCalls(): array { return $this->calls; }
        public function addTag(string $name, array $attributes = []): static { $this->tags[$name][] = $attributes; return $this; }
        public function getTags(): array { return $this->tags; }
    }

    class ContainerBuilder
    {
        private array $definitions = [];
        private array $passes = [];
        private array $parameters = [];
        private array $services = [];

        public function register(string $id, ?string $class = null): Definition { return $this->definitions[$id] = new Definition($class ?? $id); }
        public function hasDefinition(string $id): bool { return isset($this->definitions[$id]); }
        public function getDefinition(string $id): Definition { return $this->definitions[$id]; }
        public function setParameter(string $name, mixed $value): void { $this->parameters[$name] = $value; }
        public function getParameter(string $name): mixed { return $this->parameters[$name]; }
        public function addCompilerPass(Compiler\CompilerPassInterface $pass): static { $this->passes[] = $pass; return $this; }

        public function findTaggedServiceIds(string $name): array
        {
            return array_filter(array_map(fn (Definition $d) => $d->getTags()[$name] ?? null, $this->definitions));
        }

        public function compile(): void
        {
            foreach ($this->passes as $pass) {
                $pass->process($this);
            }
        }

        public function get(string $id): object
        {
            if (!isset($this->services[$id])) {
                $definition = $this->definitions[$id] ?? $this->autowire($id);
                $class = $definition->getClass();
                $this->services[$id] = $service = new $class(...$this->resolve($definition->getArguments()));
                foreach ($definition->getMethodCalls() as [$method, $arguments]) {
                    $service->$method(...$this->resolve($arguments));
                }
            }
            return $this->services[$id];
        }

        private function autowire(string $class): Definition
        {
            $params = (new \ReflectionClass($class))->getConstructor()?->getParameters() ?? [];
            return new Definition($class, array_map(fn (\ReflectionParameter $p) => new Reference($p->getType()->getName()), $params));
        }

        private function resolve(mixed $value): mixed
        {
            return match (true) {
                $value instanceof Reference => $this->get((string) $value),
                \is_array($value) => array_map($this->resolve(...), $value),
                default => $value,
            };
        }
    }
}
