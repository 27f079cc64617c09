<?php
// A Workerman-style game server seats a connection in the waiting room
// while its message is handled and gives the seat back at the end; a
// message for a full table returns before that, but the connection's
// onClose gives its seat back too, so every seat goes when its
// connection does.

final class Worker
{
    public $onMessage = null;
    public $onClose = null;

    public function runAll(int $messages): void
    {
        for ($i = 0; $i < $messages; $i++) {
            $data = json_encode(['table' => $i % 3 === 0 ? 'full' : 'table-' . ($i % 4), 'profile' => str_repeat('player ', 300) . $i]);
            ($this->onMessage)($i, $data);
            ($this->onClose)($i);
        }
    }
}

final class WaitingRoom
{
    /** @var array<int, string> */
    private array $seats = [];

    public function seat(int $fd, string $profile): void
    {
        $this->seats[$fd] = $profile;
    }

    public function release(int $fd): void
    {
        unset($this->seats[$fd]);
    }
}

final class TableHandler
{
    public int $seated = 0;

    public function __construct(private WaitingRoom $room)
    {
    }

    public function handle(int $fd, string $data): void
    {
        $message = json_decode($data, true);
        $this->room->seat($fd, $message['profile']);
        if ($message['table'] === 'full') {
            return;
        }
        $this->seated++;
        $this->room->release($fd);
    }

    public function closed(int $fd): void
    {
        $this->room->release($fd);
    }
}

$handler = new TableHandler(new WaitingRoom());
$worker = new Worker();
$worker->onMessage = static function (int $fd, string $data) use ($handler): void {
    $handler->handle($fd, $data);
};
$worker->onClose = static function (int $fd) use ($handler): void {
    $handler->closed($fd);
};
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
