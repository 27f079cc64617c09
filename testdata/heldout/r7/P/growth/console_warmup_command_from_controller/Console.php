<?php
// Tiny console layer: named commands registered on an application and run by name with an input array.

abstract class Command
{
    public function __construct(private string $name) {}

    public function getName(): string
    {
        return $this->name;
    }

    abstract public function execute(array $input): int;
}

final class ConsoleApplication
{
    /** @var array<string, Command> */
    private array $commands = [];

    public function add(Command $command): void
    {
        $this->commands[$command->getName()] = $command;
    }

    public function run(string $name, array $input = []): int
    {
        return $this->commands[$name]->execute($input);
    }
}
