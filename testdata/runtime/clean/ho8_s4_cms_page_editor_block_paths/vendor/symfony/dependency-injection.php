<?php
// Stand-in for symfony/dependency-injection: a container of shared, autowired services.
namespace Symfony\Component\DependencyInjection;

class Container
{
    private array $services = [];

    public function get(string $id): object
    {
        if (!isset($this->services[$id])) {
            $args = [];
            foreach ((new \ReflectionClass($id))->getConstructor()?->getParameters() ?? [] as $param) {
                $type = $param->getType();
                $args[] = $type instanceof \ReflectionNamedType && !$type->isBuiltin() ? $this->get($type->getName()) : $param->getDefaultValue();
            }
            $this->services[$id] = new $id(...$args);
        }
        return $this->services[$id];
    }
}
