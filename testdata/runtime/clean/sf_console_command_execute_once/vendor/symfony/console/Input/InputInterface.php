<?php

namespace Symfony\Component\Console\Input;

interface InputInterface
{
    public function getFirstArgument(): ?string;

    public function getArgument(string $name): mixed;

    public function getOption(string $name): mixed;
}
