<?php
// Stripped-down symfony/console: command attribute, input/output and the application runner.

namespace Symfony\Component\Console\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsCommand { public function __construct(public string $name, public ?string $description = null) {} }
}
namespace Symfony\Component\Console\Input {
    interface InputInterface { public function getOption(string $name): mixed; }
    final class ArrayInput implements InputInterface
    {
        public function __construct(public readonly array $parameters) {}
        public function getOption(string $name): mixed { return $this->parameters['--' . $name] ?? null; }
    }
}
namespace Symfony\Component\Console\Output {
    interface OutputInterface { public function writeln(string $message): void; }
    final class NullOutput implements OutputInterface { public function writeln(string $message): void {} }
}
namespace Symfony\Component\Console\Command {
    use Symfony\Component\Console\Input\InputInterface;
    use Symfony\Component\Console\Output\OutputInterface;

    abstract class Command
    {
        public const SUCCESS = 0;
        public function getName(): string { return (new \ReflectionClass($this))->getAttributes(\Symfony\Component\Console\Attribute\AsCommand::class)[0]->newInstance()->name; }
        public function run(InputInterface $input, OutputInterface $output): int { return $this->execute($input, $output); }
        abstract protected function execute(InputInterface $input, OutputInterface $output): int;
    }
}
namespace Symfony\Component\Console {
    class Application
    {
        private array $commands = [];
        public function add(Command\Command $command): void { $this->commands[$command->getName()] = $command; }
        public function run(Input\ArrayInput $input, Output\OutputInterface $output): int { return $this->commands[$input->parameters['command']]->run($input, $output); }
    }
}
