<?php
// Stand-in for symfony/dependency-injection and symfony/service-contracts: shared autowired services, reset between requests.
namespace Symfony\Contracts\Service {
    interface ResetInterface { public function reset(): void; }
}

namespace Symfony\Component\DependencyInjection {
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

        /** What the services_resetter does for services tagged kernel.reset. */
        public function resetServices(): void
        {
            foreach ($this->services as $service) {
                if ($service instanceof \Symfony\Contracts\Service\ResetInterface) {
                    $service->reset();
                }
            }
        }
    }
}
