<?php

namespace Symfony\Component\Console\Output;

class NullOutput implements OutputInterface
{
    public function writeln(string|iterable $messages, int $options = 0): void
    {
    }

    public function isVerbose(): bool
    {
        return false;
    }
}
