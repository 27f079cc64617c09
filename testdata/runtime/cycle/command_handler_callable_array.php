<?php
// A console command stores [$this, 'method'] as its execution handler.

abstract class Command
{
    /** @var callable|null */
    protected $code = null;

    public function __construct(protected string $name) {}

    public function setCode(callable $code): static
    {
        $this->code = $code; // leak
        return $this;
    }

    public function run(array $args): int
    {
        return ($this->code)($args);
    }
}

final class ImportUsersCommand extends Command
{
    private array $imported = [];

    public function __construct()
    {
        parent::__construct('users:import');
        $this->setCode([$this, 'execute']); // leak
    }

    public function execute(array $args): int
    {
        foreach ($args as $line) {
            $this->imported[] = str_getcsv($line);
        }
        return 0;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $command = new ImportUsersCommand();
    $command->run(["{$i},alice,alice@example.org," . str_repeat('a', 120), "{$i},bob,bob@example.org," . str_repeat('b', 120)]);
}
unset($command);
