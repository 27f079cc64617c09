<?php
// A Workerman-style chat server tracks the connections in a lobby while a
// message is handled and takes them out at the end; a message without a
// room returns early and leaves its connection in. onClose takes it out
// when the connection closes, which every connection here does.

final class Worker
{
    public $onMessage = null;
    public $onClose = null;

    public function runAll(int $messages): void
    {
        for ($i = 0; $i < $messages; $i++) {
            $data = json_encode(['room' => $i % 3 === 0 ? null : 'lobby-' . ($i % 4), 'text' => str_repeat('hello ', 400) . $i]);
            ($this->onMessage)($i, $data);
            ($this->onClose)($i);
        }
    }
}

final class Lobby
{
    /** @var array<int, string> */
    private array $busy = [];

    public function handle(int $fd, string $data): void
    {
        $message = json_decode($data, true);
        $this->busy[$fd] = $message['text'];
        if ($message['room'] === null) {
            return;
        }
        unset($this->busy[$fd]);
    }

    public function closed(int $fd): void
    {
        unset($this->busy[$fd]);
    }
}

$lobby = new Lobby();
$worker = new Worker();
$worker->onMessage = static function (int $fd, string $data) use ($lobby): void {
    $lobby->handle($fd, $data);
};
$worker->onClose = static function (int $fd) use ($lobby): void {
    $lobby->closed($fd);
};
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
