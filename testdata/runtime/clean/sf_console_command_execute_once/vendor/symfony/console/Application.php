<?php

namespace Symfony\Component\Console;

use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\Console\Output\OutputInterface;

class Application
{
    /** @var array<string, Command> */
    private array $commands = [];
    private bool $autoExit = true;

    public function __construct(private string $name = 'UNKNOWN', private string $version = 'UNKNOWN')
    {
    }

    public function setAutoExit(bool $boolean): void
    {
        $this->autoExit = $boolean;
    }

    public function add(Command $command): ?Command
    {
        return $this->commands[$command->getName()] = $command;
    }

    public function find(string $name): Command
    {
        return $this->commands[$name] ?? throw new \InvalidArgumentException(sprintf('Command "%s" is not defined.', $name));
    }

    public function run(?InputInterface $input = null, ?OutputInterface $output = null): int
    {
        $input ??= new ArrayInput([]);
        $output ??= new NullOutput();
        $exitCode = $this->doRun($input, $output);
        if ($this->autoExit) {
            exit($exitCode);
        }

        return $exitCode;
    }

    public function doRun(InputInterface $input, OutputInterface $output): int
    {
        return $this->find((string) $input->getFirstArgument())->run($input, $output);
    }
}
