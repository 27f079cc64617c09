<?php

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

abstract class Command
{
    public const SUCCESS = 0;
    public const FAILURE = 1;

    private ?string $name = null;
    private string $description = '';

    public function __construct(?string $name = null)
    {
        if (null === $name) {
            $attribute = (new \ReflectionClass(static::class))->getAttributes(AsCommand::class)[0] ?? null;
            if ($attribute) {
                $config = $attribute->newInstance();
                $name = $config->name;
                $this->description = $config->description ?? '';
            }
        }
        $this->name = $name;
        $this->configure();
    }

    public function getName(): ?string
    {
        return $this->name;
    }

    public function getDescription(): string
    {
        return $this->description;
    }

    public function run(InputInterface $input, OutputInterface $output): int
    {
        return $this->execute($input, $output);
    }

    protected function configure(): void
    {
    }

    abstract protected function execute(InputInterface $input, OutputInterface $output): int;
}
