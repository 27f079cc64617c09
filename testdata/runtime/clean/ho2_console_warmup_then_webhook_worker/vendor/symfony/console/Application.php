<?php

namespace Symfony\Component\Console;

use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\Console\Output\OutputInterface;

class Application
{
    /** @var array<string, Command> */
    private array $commands = [];

    public function __construct(private string $name = 'UNKNOWN', private string $version = 'UNKNOWN')
    {
    }

    public function add(Command $command): ?Command
    {
        $this->commands[$command->getName()] = $command;

        return $command;
    }

    public function find(string $name): Command
    {
        return $this->commands[$name] ?? throw new \InvalidArgumentException(sprintf('Command "%s" is not defined.', $name));
    }

    public function run(InputInterface $input, ?OutputInterface $output = null): int
    {
        return $this->find($input->getFirstArgument())->run($input, $output ?? new NullOutput());
    }
}
