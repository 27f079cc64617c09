<?php

namespace Symfony\Component\Console\Output;

interface OutputInterface
{
    public const VERBOSITY_QUIET = 16;
    public const VERBOSITY_NORMAL = 32;

    public function write(string|iterable $messages, bool $newline = false, int $options = 0);

    public function writeln(string|iterable $messages, int $options = 0);
}
