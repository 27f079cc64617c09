<?php

namespace Symfony\Component\Console\Output;

interface OutputInterface
{
    public const VERBOSITY_QUIET = 16;
    public const VERBOSITY_NORMAL = 32;
    public const VERBOSITY_VERBOSE = 64;

    public function writeln(string|iterable $messages, int $options = 0): void;

    public function isVerbose(): bool;
}
