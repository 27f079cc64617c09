<?php

namespace Symfony\Component\Console\Output;

class NullOutput implements OutputInterface
{
    public function write(string|iterable $messages, bool $newline = false, int $options = 0): void
    {
    }

    public function writeln(string|iterable $messages, int $options = 0): void
    {
    }
}
