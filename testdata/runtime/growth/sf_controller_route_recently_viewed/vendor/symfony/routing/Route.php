<?php

namespace Symfony\Component\Routing;

class Route
{
    public function __construct(
        private string $path,
        private array $defaults = [],
        private array $requirements = [],
        private array $methods = [],
    ) {
        $this->path = '/'.ltrim(trim($path), '/');
        $this->methods = array_map('strtoupper', $methods);
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getDefaults(): array
    {
        return $this->defaults;
    }

    public function getRequirements(): array
    {
        return $this->requirements;
    }

    public function getMethods(): array
    {
        return $this->methods;
    }

    public function compile(): string
    {
        $regex = preg_replace_callback('#\{(\w+)\}#', fn (array $m) => sprintf('(?P<%s>%s)', $m[1], $this->requirements[$m[1]] ?? '[^/]+'), $this->path);

        return '#^'.$regex.'$#sD';
    }
}
