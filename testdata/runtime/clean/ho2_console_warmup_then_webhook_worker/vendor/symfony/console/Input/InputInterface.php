<?php

namespace Symfony\Component\Console\Input;

interface InputInterface
{
    public function getFirstArgument(): ?string;

    public function getOption(string $name): mixed;

    public function hasOption(string $name): bool;
}
