<?php

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

class Command
{
    public const SUCCESS = 0;
    public const FAILURE = 1;
    public const INVALID = 2;

    private ?string $name = null;
    private string $description = '';

    public function __construct(?string $name = null)
    {
        if (null === $name && $attribute = (new \ReflectionClass(static::class))->getAttributes(AsCommand::class)) {
            $asCommand = $attribute[0]->newInstance();
            $name = $asCommand->name;
            $this->description = (string) $asCommand->description;
        }
        $this->name = $name;
        $this->configure();
    }

    protected function configure()
    {
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        throw new \LogicException('You must override the execute() method in the concrete command class.');
    }

    public function run(InputInterface $input, OutputInterface $output): int
    {
        return $this->execute($input, $output);
    }

    public function getName(): ?string
    {
        return $this->name;
    }

    public function setDescription(string $description): static
    {
        $this->description = $description;

        return $this;
    }

    public function getDescription(): string
    {
        return $this->description;
    }
}
