<?php

namespace Symfony\Component\Console\Input;

class ArrayInput implements InputInterface
{
    public function __construct(private array $parameters)
    {
    }

    public function getFirstArgument(): ?string
    {
        foreach ($this->parameters as $key => $value) {
            if (!str_starts_with((string) $key, '-')) {
                return $value;
            }
        }

        return null;
    }

    public function getArgument(string $name): mixed
    {
        return $this->parameters[$name] ?? null;
    }

    public function getOption(string $name): mixed
    {
        return $this->parameters['--'.$name] ?? null;
    }
}
