<?php

namespace Symfony\Component\Console\Input;

class ArrayInput implements InputInterface
{
    public function __construct(private array $parameters)
    {
    }

    public function getFirstArgument(): ?string
    {
        return $this->parameters['command'] ?? null;
    }

    public function getOption(string $name): mixed
    {
        return $this->parameters['--' . $name] ?? null;
    }

    public function hasOption(string $name): bool
    {
        return \array_key_exists('--' . $name, $this->parameters);
    }
}
