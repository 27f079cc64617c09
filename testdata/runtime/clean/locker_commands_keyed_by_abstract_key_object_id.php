<?php
// A parcel locker worker times each door command. A trait keeps the
// commands in flight in a static map under a key the using class names
// (an abstract keyFor()); the service keys by the command object's id,
// and takes the entry out only when the door opened. A refused command
// leaves its entry, but the command is freed after its request and its
// id is reused by the next one, which overwrites the entry.

final class DoorCommand
{
    public function __construct(public readonly string $requestId, public readonly string $locker, public readonly string $payload)
    {
    }
}

trait TimesCommands
{
    /** @var array<string|int, array{started: float, locker: string, payload: string}> */
    private static array $pending = [];

    abstract protected function keyFor(DoorCommand $command): string|int;

    protected function started(DoorCommand $command): void
    {
        self::$pending[$this->keyFor($command)] = ['started' => microtime(true), 'locker' => $command->locker, 'payload' => $command->payload];
    }

    protected function finished(DoorCommand $command): void
    {
        unset(self::$pending[$this->keyFor($command)]);
    }
}

final class LockerService
{
    use TimesCommands;

    public int $opened = 0;

    protected function keyFor(DoorCommand $command): string|int
    {
        return spl_object_id($command);
    }

    public function open(DoorCommand $command): bool
    {
        $this->started($command);
        if ((int) substr($command->locker, 1) % 2 === 1) {
            return false; // locker out of service
        }
        $this->opened++;
        $this->finished($command);
        return true;
    }
}

$service = new LockerService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = json_decode(json_encode(['id' => sprintf('req-%08d', $i), 'locker' => 'L' . ($i % 10)]), true);
    $service->open(new DoorCommand($message['id'], $message['locker'], str_repeat('open ', 200)));
}
