<?php

namespace Routing;

final class Route
{
    /** @var string[] */
    private array $methods;

    public function __construct(
        private string $name,
        array $methods,
        private string $pattern,
        private string $controller,
        private array $defaults = [],
        private array $requirements = [],
    ) {
        $this->methods = array_map('strtoupper', $methods);
    }

    public function getName(): string { return $this->name; }
    public function getPattern(): string { return $this->pattern; }
    public function getController(): string { return $this->controller; }
    public function getDefaults(): array { return $this->defaults; }
    public function getRequirements(): array { return $this->requirements; }

    public function allowsMethod(string $method): bool
    {
        return in_array($method, $this->methods, true) || ($method === 'HEAD' && in_array('GET', $this->methods, true));
    }
}
